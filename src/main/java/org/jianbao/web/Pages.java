package org.jianbao.web;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.List;
import java.util.Optional;

import org.springframework.core.io.Resource;
import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.jianbao.generation.GeneratedDocuments;
import org.jianbao.generation.ReportFacts;
import org.jianbao.indicator.ImportLog;
import org.jianbao.run.RunHistory;
import org.jianbao.run.RunNotFoundException;
import org.jianbao.run.RunRequest;
import org.jianbao.run.RunRequestException;
import org.jianbao.run.RunService;
import org.jianbao.run.StartedBy;
import org.jianbao.run.Submission;
import org.jianbao.schedule.BusinessCalendar;
import org.jianbao.schedule.NightlySchedule;
import org.jianbao.user.AuditLog;

/**
 * The pages office staff use (in Chinese): 文档, 生成 (with live progress), 运行记录, 数据. Each translates the form into
 * a call of the same services the API and the commands use.
 */
@Controller
// Only `serve` has a web server; the other commands do not build the pages and the API.
@Profile("serve")
class Pages {

    private final GeneratedDocuments documents;
    private final DocumentDownloads downloads;
    private final RunService runs;
    private final RunHistory history;
    private final ReportFacts facts;
    private final NightlySchedule schedule;
    private final BusinessCalendar calendar;
    private final IndicatorUpload upload;
    private final ImportLog importLog;
    private final AuditLog audit;

    Pages(GeneratedDocuments documents, DocumentDownloads downloads, RunService runs, RunHistory history,
          ReportFacts facts, NightlySchedule schedule, BusinessCalendar calendar, IndicatorUpload upload,
          ImportLog importLog, AuditLog audit) {
        this.documents = documents;
        this.downloads = downloads;
        this.runs = runs;
        this.history = history;
        this.facts = facts;
        this.schedule = schedule;
        this.calendar = calendar;
        this.upload = upload;
        this.importLog = importLog;
        this.audit = audit;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String documents(@RequestParam Optional<String> unit, @RequestParam(defaultValue = "false") boolean all, Model model) {
        Optional<String> ofUnit = unit.filter(u -> !u.isBlank());
        model.addAttribute("all", all);
        model.addAttribute("documents", (all ? documents.search(ofUnit, Optional.empty(), Optional.empty(), 200)
                : documents.latest(ofUnit, 200)).stream().map(DocumentRow::of).toList());
        return "documents";
    }

    @GetMapping("/documents/{id}/{format:docx|pdf}")
    ResponseEntity<Resource> download(@PathVariable long id, @PathVariable String format,
                                      @RequestParam(defaultValue = "false") boolean inline, Principal user) {
        return downloads.download(id, format.equals("docx") ? DocumentDownloads.Format.DOCX : DocumentDownloads.Format.PDF,
                inline, user.getName());
    }

    @GetMapping("/generate")
    String generateForm(Model model) {
        model.addAttribute("units", facts.unitNames());
        model.addAttribute("defaultUnit", facts.defaultUnit());
        model.addAttribute("latest", facts.latestPeriodIfAny(facts.defaultUnit()).map(Object::toString).orElse(""));
        return "generate";
    }

    @PostMapping("/generate")
    String generate(@RequestParam String kind, @RequestParam String unit, @RequestParam Optional<String> period,
                    @RequestParam(defaultValue = "false") boolean force, Principal user, Model model,
                    RedirectAttributes redirect) throws Exception {
        RunRequest request = new RunRequest(Optional.empty(), List.of(unit), period.filter(p -> !p.isBlank()),
                List.of(kind), force);
        try {
            Submission submission = runs.submit(request, StartedBy.user(user.getName()));
            audit.record(user.getName(), "run", "run " + submission.runId(), kind + " " + unit + " " + period.orElse(""));
            redirect.addFlashAttribute("notice", submission instanceof Submission.Joined ? "同样的生成任务正在进行，已加入该任务。"
                    : submission instanceof Submission.NothingNew ? "讲话、数据和模板均无变化，文档已是最新。" : null);
            return "redirect:/runs/" + submission.runId();
        } catch (RunRequestException e) {
            model.addAttribute("error", e.getMessage());
            return generateForm(model);
        }
    }

    @GetMapping("/runs")
    String runs(Model model) {
        model.addAttribute("runs", history.recent(50));
        model.addAttribute("next", schedule.properties().enabled() ? schedule.nextFireTimes(5) : List.of());
        model.addAttribute("calendarWarning", calendar.coverageWarning(schedule.properties().zone()).orElse(null));
        return "runs";
    }

    @GetMapping("/runs/{id}")
    String run(@PathVariable long id, Model model) {
        model.addAttribute("run", history.find(id).orElseThrow(() -> new RunNotFoundException(id)));
        model.addAttribute("documents", documents.ofExecution(id).stream().map(DocumentRow::of).toList());
        return "run";
    }

    /** The part of the run page htmx polls while the run goes on. */
    @GetMapping("/runs/{id}/progress")
    String progress(@PathVariable long id, Model model) {
        run(id, model);
        return "run :: progress";
    }

    @PostMapping("/runs/{id}/restart")
    String restart(@PathVariable long id, Principal user, RedirectAttributes redirect) throws Exception {
        try {
            long restarted = runs.restart(id);
            audit.record(user.getName(), "restart", "run " + id, "as run " + restarted);
            return "redirect:/runs/" + restarted;
        } catch (RunRequestException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/runs";
        }
    }

    @GetMapping("/data")
    String data(Model model) {
        model.addAttribute("log", importLog.history().stream().limit(100).toList());
        return "data";
    }

    @PostMapping("/data")
    String uploadData(@RequestParam("file") MultipartFile file, Principal user, Model model) throws IOException {
        try (InputStream in = file.getInputStream()) {
            IndicatorUpload.Outcome outcome = upload.importUpload(file.getOriginalFilename(), in, user.getName());
            audit.record(user.getName(), "upload", outcome.file(), outcome.outcome() + " " + outcome.rows() + " rows");
            model.addAttribute("outcome", outcome);
        } catch (IllegalArgumentException e) {
            model.addAttribute("error", e.getMessage());
        }
        return data(model);
    }

    /** A document as the pages list it: the file name is its title; links go by id. */
    record DocumentRow(long id, long runId, String kind, String unit, String period, String title, int pages,
                       int warnings, java.time.LocalDateTime createdAt) {

        static DocumentRow of(GeneratedDocuments.Entry e) {
            String name = e.docx().getFileName().toString();
            return new DocumentRow(e.id(), e.jobExecutionId(), e.kind().equals("BRIEFING") ? "工作进展简报" : "学习笔记",
                    e.unit(), e.period(), name.substring(0, name.length() - ".docx".length()), e.pages(), e.warnings(),
                    e.createdAt());
        }
    }
}

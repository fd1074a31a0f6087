package org.jianbao.web.api;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.jianbao.run.RunHistory;
import org.jianbao.run.RunNotFoundException;
import org.jianbao.run.RunRecord;
import org.jianbao.run.RunRequest;
import org.jianbao.run.RunService;
import org.jianbao.run.StartedBy;
import org.jianbao.run.Submission;
import org.jianbao.user.AuditLog;

/** {@code /api/runs}: start a run, follow it, list runs, restart a failed one. */
@RestController
// Only `serve` has a web server; the other commands do not build the pages and the API.
@Profile("serve")
@RequestMapping("/api/runs")
class RunsApi {

    /**
     * A run to start; every field may be left out (then as configured, as {@code run} without options).
     *
     * @param kind   {@code study-notes} or {@code briefing}; both when absent
     * @param unit   the unit to brief
     * @param period {@code 2026-10}; the latest month with data when absent
     * @param force  write the documents even when nothing changed
     */
    record StartRun(String kind, String unit, String period, Boolean force) {

        RunRequest toRequest() {
            return new RunRequest(Optional.empty(), unit == null || unit.isBlank() ? List.of() : List.of(unit),
                    Optional.ofNullable(period).filter(p -> !p.isBlank()),
                    kind == null || kind.isBlank() ? List.of() : List.of(kind), Boolean.TRUE.equals(force));
        }
    }

    /** @param outcome {@code started}, {@code joined} (the same run was going) or {@code nothing-new} */
    record Accepted(long id, String outcome, String href) {
    }

    private final RunService runs;
    private final RunHistory history;
    private final AuditLog audit;

    RunsApi(RunService runs, RunHistory history, AuditLog audit) {
        this.runs = runs;
        this.history = history;
        this.audit = audit;
    }

    @PostMapping
    ResponseEntity<Accepted> start(@RequestBody(required = false) StartRun body, Principal user) throws Exception {
        StartRun run = body != null ? body : new StartRun(null, null, null, null);
        Submission submission = runs.submit(run.toRequest(), StartedBy.user(user.getName()));
        String outcome = submission instanceof Submission.Started ? "started"
                : submission instanceof Submission.Joined ? "joined" : "nothing-new";
        audit.record(user.getName(), "run", "run " + submission.runId(), outcome + " " + run);
        return accepted(submission.runId(), outcome);
    }

    /** A run with what a client asks of it besides the record: going or not, restartable, {@code [3/40]}. */
    record RunView(@JsonUnwrapped RunRecord run, boolean running, boolean restartable, String progress) {

        static RunView of(RunRecord run) {
            return new RunView(run, run.running(), run.restartable(), run.progress());
        }
    }

    @GetMapping
    List<RunView> list(@RequestParam(defaultValue = "50") int limit) {
        return history.recent(Math.max(1, Math.min(limit, 500))).stream().map(RunView::of).toList();
    }

    @GetMapping("/{id}")
    RunView get(@PathVariable long id) {
        return history.find(id).map(RunView::of).orElseThrow(() -> new RunNotFoundException(id));
    }

    @PostMapping("/{id}/restart")
    ResponseEntity<Accepted> restart(@PathVariable long id, Principal user) throws Exception {
        long restarted = runs.restart(id);
        audit.record(user.getName(), "restart", "run " + id, "as run " + restarted);
        return accepted(restarted, "started");
    }

    private static ResponseEntity<Accepted> accepted(long id, String outcome) {
        String href = "/api/runs/" + id;
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create(href)).body(new Accepted(id, outcome, href));
    }
}

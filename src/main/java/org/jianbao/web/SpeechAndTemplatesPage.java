package org.jianbao.web;

import java.io.IOException;
import java.security.Principal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.jianbao.generation.SpeechAndTemplates;
import org.jianbao.user.AuditLog;

/**
 * 讲话与模板: the configured speech's outline and the templates with their check, for everyone; a new speech or a new
 * template version for operators (POST is operator-only by the page security). A refused upload is shown with the
 * commands' message and leaves the files as they were.
 */
@Controller
@Profile("serve")
class SpeechAndTemplatesPage {

    private final SpeechAndTemplates inputs;
    private final AuditLog audit;
    private final DataSize limit;

    SpeechAndTemplatesPage(SpeechAndTemplates inputs, AuditLog audit,
                           @Value("${spring.servlet.multipart.max-file-size:20MB}") DataSize limit) {
        this.inputs = inputs;
        this.audit = audit;
        this.limit = limit;
    }

    @GetMapping("/inputs")
    String page(Model model) {
        model.addAttribute("speech", inputs.speech());
        model.addAttribute("templates", inputs.templates());
        return "inputs";
    }

    @PostMapping("/inputs/speech")
    String uploadSpeech(@RequestParam("file") MultipartFile file, Principal user, RedirectAttributes redirect)
            throws IOException {
        String name = file.getOriginalFilename();
        try {
            inputs.replaceSpeech(name, content(file));
            audit.record(user.getName(), "upload-speech", name, "now the configured speech");
            redirect.addFlashAttribute("notice", name + "：已替换为当前讲话，原讲话已保留。");
        } catch (SpeechAndTemplates.Refused e) {
            audit.record(user.getName(), "upload-speech", String.valueOf(name), "refused: " + firstLine(e.getMessage()));
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/inputs";
    }

    @PostMapping("/inputs/templates")
    String uploadTemplate(@RequestParam("template") String template, @RequestParam("file") MultipartFile file,
                          Principal user, RedirectAttributes redirect) throws IOException {
        try {
            inputs.replaceTemplate(template, content(file));
            audit.record(user.getName(), "upload-template", template, "new version from " + file.getOriginalFilename());
            redirect.addFlashAttribute("notice", template + "：新版本已启用，原版本已保留。");
        } catch (SpeechAndTemplates.Refused e) {
            audit.record(user.getName(), "upload-template", template, "refused: " + firstLine(e.getMessage()));
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/inputs";
    }

    private byte[] content(MultipartFile file) throws IOException {
        if (file.getSize() > limit.toBytes()) {
            // The servlet container refuses larger requests itself; this also holds where none parsed it.
            throw new MaxUploadSizeExceededException(limit.toBytes());
        }
        return file.getBytes();
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}

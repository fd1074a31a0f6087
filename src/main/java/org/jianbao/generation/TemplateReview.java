package org.jianbao.generation;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.jianbao.template.DocxTemplate;
import org.jianbao.template.TemplateCheck;
import org.jianbao.template.TemplateException;
import org.jianbao.template.TemplateProblem;

/**
 * What {@code check-template FILE} says of a template: its tags with their locations, and the engine's problems —
 * those of a file that does not compile (not a Word document, damaged, hostile) or of its tags. The command and the
 * service's 讲话与模板 page both read it, so an upload is refused for exactly what the command reports.
 *
 * @param compiled false when the engine could not read the file as a template at all
 * @param tags     every tag in reading order (empty when the file did not compile)
 * @param problems the engine's messages, one per problem; empty when the template is fine
 * @param report   the problems as the command prints them ({@code FILE: N problems} and one per line); empty when fine
 */
public record TemplateReview(boolean compiled, List<TemplateCheck.Tag> tags, List<String> problems, String report) {

    public TemplateReview {
        tags = List.copyOf(tags);
        problems = List.copyOf(problems);
    }

    public static TemplateReview of(Path file) {
        return review(file.toString(), () -> DocxTemplate.compile(file));
    }

    /** @param name the file's name, as the messages name it */
    public static TemplateReview of(byte[] docx, String name) {
        return review(name, () -> DocxTemplate.compile(docx, name));
    }

    private static TemplateReview review(String name, Supplier<DocxTemplate> compile) {
        try {
            TemplateCheck check = compile.get().check();
            List<String> problems = check.problems().stream().map(TemplateProblem::toString).toList();
            StringBuilder report = new StringBuilder();
            if (!problems.isEmpty()) {
                report.append(name).append(": ").append(problems.size()).append(" problem").append(problems.size() == 1 ? "" : "s");
                problems.forEach(p -> report.append("\n  ").append(p));
            }
            return new TemplateReview(true, check.tags(), problems, report.toString());
        } catch (TemplateException e) {
            // The engine's own message: a file it cannot compile at all.
            return new TemplateReview(false, List.of(), e.problems().stream().map(TemplateProblem::toString).toList(), e.getMessage());
        }
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}

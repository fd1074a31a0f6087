package org.jianbao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.jianbao.generation.TemplateReview;
import org.jianbao.template.DocxTemplate;
import org.jianbao.template.TemplateCheck;
import org.jianbao.template.TemplateProblem;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jianbao check-template FILE [--data D.json]}: lists the tags and reports problems, without filling. */
@Command(name = "check-template", mixinStandardHelpOptions = true,
        description = "Lists every tag of a Word template with its location and reports structure errors;"
                + " with --data also the names the data lacks.")
public class CheckTemplateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the Word template (.docx)")
    Path file;

    @Option(names = "--data", paramLabel = "D.json", description = "also check this data against the template")
    Path data;

    @Override
    public Integer call() {
        // Without data this is the same review the service's 讲话与模板 page shows and its uploads must pass.
        TemplateReview review = data == null ? TemplateReview.of(file) : withData();
        if (!review.compiled()) {
            throw new UserInputException(review.report());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(file + ": " + review.tags().size() + " tags");
        for (TemplateCheck.Tag tag : review.tags()) {
            out.println("  " + tag.text() + "  — " + tag.location());
        }
        if (review.ok()) {
            out.println(data == null ? "no problems" : "no problems; the data has every name");
            return ExitCodes.OK;
        }
        throw new UserInputException(review.report());
    }

    private TemplateReview withData() {
        DocxTemplate template = RenderCommand.compile(file);
        TemplateCheck check = template.check(RenderCommand.readJson(data));
        List<String> problems = check.problems().stream().map(TemplateProblem::toString).toList();
        StringBuilder report = new StringBuilder(file + ": " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s"));
        problems.forEach(p -> report.append("\n  ").append(p));
        return new TemplateReview(true, check.tags(), problems, problems.isEmpty() ? "" : report.toString());
    }
}

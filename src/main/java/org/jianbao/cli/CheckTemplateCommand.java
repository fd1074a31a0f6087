package org.jianbao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

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
        DocxTemplate template = RenderCommand.compile(file);
        TemplateCheck check = data == null ? template.check() : template.check(RenderCommand.readJson(data));
        PrintWriter out = spec.commandLine().getOut();
        out.println(file + ": " + check.tags().size() + " tags");
        for (TemplateCheck.Tag tag : check.tags()) {
            out.println("  " + tag.text() + "  — " + tag.location());
        }
        if (check.ok()) {
            out.println(data == null ? "no problems" : "no problems; the data has every name");
            return ExitCodes.OK;
        }
        StringBuilder message = new StringBuilder(file + ": " + check.problems().size() + " problem"
                + (check.problems().size() == 1 ? "" : "s"));
        for (TemplateProblem p : check.problems()) {
            message.append("\n  ").append(p);
        }
        throw new UserInputException(message.toString());
    }
}

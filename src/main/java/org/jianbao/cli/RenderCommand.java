package org.jianbao.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.jianbao.generation.AtomicFile;
import org.jianbao.pdf.WordPackage;
import org.jianbao.template.DocxTemplate;
import org.jianbao.template.FillOptions;
import org.jianbao.template.FilledDocument;
import org.jianbao.template.TemplateException;
import org.jianbao.template.TemplateWarning;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** {@code jianbao render --template T.docx --data D.json --out O.docx [--pdf O.pdf] [--lenient]}. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Fills a Word template (.docx with {{tags}}) with a JSON object and writes the filled .docx (and with --pdf the PDF).")
public class RenderCommand implements Callable<Integer> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PdfFileWriter pdfFile;

    RenderCommand(PdfFileWriter pdfFile) {
        this.pdfFile = pdfFile;
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--template", required = true, paramLabel = "T.docx", description = "the Word template")
    Path template;

    @Option(names = "--data", required = true, paramLabel = "D.json", description = "the data: one JSON object")
    Path data;

    @Option(names = "--out", required = true, paramLabel = "O.docx", description = "where to write the filled document")
    Path out;

    @Option(names = "--pdf", paramLabel = "O.pdf", description = "also lay out the filled document as PDF (built-in renderer)")
    Path pdf;

    @Option(names = "--lenient", description = "render unknown or null values empty and warn, instead of failing")
    boolean lenient;

    @Override
    public Integer call() {
        DocxTemplate compiled = compile(template);
        Object model = readJson(data);
        FilledDocument filled;
        try {
            filled = compiled.fill(model, lenient ? FillOptions.lenient() : FillOptions.strict());
        } catch (TemplateException e) {
            throw new UserInputException(e.getMessage(), e);
        }
        // the PDF is laid out before anything is written: a PDF that fails leaves no .docx behind either
        PdfFileWriter.Rendered rendered = pdf == null ? null : pdfFile.render(WordPackage.of(filled.parts()), pdf, template.toString());
        write(filled, out);
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        for (TemplateWarning w : filled.warnings()) {
            stderr.println("warning: " + w);
        }
        stdout.println("wrote " + out + (filled.warnings().isEmpty() ? "" : " (" + filled.warnings().size() + " warnings)"));
        // The PDF comes from the same filled document as the .docx, so the two cannot disagree.
        if (rendered != null) {
            PdfFileWriter.write(rendered, pdf);
            PdfFileWriter.report(stdout, pdf, rendered.result());
        }
        return ExitCodes.OK;
    }

    static DocxTemplate compile(Path template) {
        try {
            return DocxTemplate.compile(template);
        } catch (TemplateException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }

    /** The JSON file as maps, lists, strings, numbers and booleans. */
    static Object readJson(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UserInputException(file + ": no such file");
        }
        try {
            Object value = JSON.readValue(file.toFile(), Object.class);
            if (!(value instanceof java.util.Map<?, ?>)) {
                throw new UserInputException(file + ": the data must be one JSON object ({...})");
            }
            return value;
        } catch (JacksonException e) {
            throw new UserInputException(file + ": not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static void write(FilledDocument filled, Path out) {
        try {
            AtomicFile.write(out, filled::writeTo);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new UserInputException(out + ": cannot write: " + e.getMessage(), e);
        }
    }
}

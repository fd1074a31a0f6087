package org.jianbao.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jianbao.office.WordFiles;
import org.jianbao.pdf.DocxPdfRenderer;
import org.jianbao.pdf.FontResolution;
import org.jianbao.pdf.MissingGlyphException;
import org.jianbao.pdf.PdfRenderResult;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pdf IN.docx --out OUT.pdf}: any Word document to PDF with the built-in renderer, no office suite. */
@Component
// picocli keeps parsed options in the command object: a fresh one per command line, never a shared singleton.
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "pdf", mixinStandardHelpOptions = true,
        description = "Convert a .docx to PDF with the built-in renderer (no office suite needed).")
public class PdfCommand implements CliCommand, Callable<Integer> {

    private final PdfFileWriter pdfFile;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN.docx", description = "Word document to convert")
    private Path in;

    @Option(names = "--out", paramLabel = "OUT.pdf", description = "PDF to write (default: IN with .pdf)")
    private Path out;

    PdfCommand(PdfFileWriter pdfFile) {
        this.pdfFile = pdfFile;
    }

    @Override
    public Integer call() {
        if (!Files.isRegularFile(in)) {
            throw new UserInputException(in + ": no such file");
        }
        Path target = out != null ? out : in.resolveSibling(in.getFileName().toString().replaceFirst("(?i)\\.docx?$", "") + ".pdf");
        XWPFDocument doc = WordFiles.open(in);
        PdfRenderResult result;
        try {
            result = pdfFile.write(doc, target, in.toString());
        } finally {
            try {
                doc.close();
            } catch (IOException ignored) {
                // read-only document, nothing to flush
            }
        }
        PdfFileWriter.report(spec.commandLine().getOut(), target, result);
        return ExitCodes.OK;
    }
}

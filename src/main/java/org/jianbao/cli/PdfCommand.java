package org.jianbao.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jianbao.pdf.DocxPdfRenderer;
import org.jianbao.pdf.FontResolution;
import org.jianbao.pdf.MissingGlyphException;
import org.jianbao.pdf.PdfRenderResult;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pdf IN.docx --out OUT.pdf}: any Word document to PDF with the built-in renderer, no office suite. */
@Component
@Command(name = "pdf", mixinStandardHelpOptions = true,
        description = "Convert a .docx to PDF with the built-in renderer (no office suite needed).")
public class PdfCommand implements CliCommand, Callable<Integer> {

    private final ObjectProvider<DocxPdfRenderer> renderer;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN.docx", description = "Word document to convert")
    private Path in;

    @Option(names = "--out", paramLabel = "OUT.pdf", description = "PDF to write (default: IN with .pdf)")
    private Path out;

    public PdfCommand(ObjectProvider<DocxPdfRenderer> renderer) {
        this.renderer = renderer;
    }

    @Override
    public Integer call() {
        if (!Files.isRegularFile(in)) {
            throw new UserInputException(in + ": no such file");
        }
        Path target = out != null ? out : in.resolveSibling(in.getFileName().toString().replaceFirst("(?i)\\.docx?$", "") + ".pdf");
        XWPFDocument doc;
        try (InputStream input = Files.newInputStream(in)) {
            doc = new XWPFDocument(input);
        } catch (IOException | RuntimeException e) {
            throw new UserInputException(in + ": not a readable .docx (" + e.getMessage() + ")", e);
        }
        PdfRenderResult result;
        try {
            Path parent = target.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path tmp = Files.createTempFile(parent, ".jianbao-", ".pdf");
            try (OutputStream output = Files.newOutputStream(tmp)) {
                result = renderer.getObject().render(doc, output);
            } catch (RuntimeException | IOException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (MissingGlyphException e) {
            throw new UserInputException(in + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UserInputException(target + ": cannot write (" + e.getMessage() + ")", e);
        } finally {
            try {
                doc.close();
            } catch (IOException ignored) {
                // read-only document, nothing to flush
            }
        }
        var w = spec.commandLine().getOut();
        w.println(target + ": " + result.pages() + (result.pages() == 1 ? " page" : " pages"));
        for (FontResolution r : result.substitutions()) {
            w.println("  font " + r.requested() + " -> " + r.used() + " (substitute)");
        }
        for (String warning : result.warnings()) {
            w.println("  warning: " + warning);
        }
        return ExitCodes.OK;
    }
}

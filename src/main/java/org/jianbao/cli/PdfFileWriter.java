package org.jianbao.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import org.jianbao.pdf.DocxPdfRenderer;
import org.jianbao.pdf.FontResolution;
import org.jianbao.pdf.MissingGlyphException;
import org.jianbao.pdf.PdfRenderResult;

/**
 * Writes a PDF for the {@code pdf} and {@code render --pdf} commands: whole or not at all (a temporary
 * file moved into place), with the renderer's problems turned into one line for the user.
 */
@Component
class PdfFileWriter {

    // Lazy: font discovery takes a second or two, and most commands never draw a PDF.
    private final ObjectProvider<DocxPdfRenderer> renderer;

    PdfFileWriter(ObjectProvider<DocxPdfRenderer> renderer) {
        this.renderer = renderer;
    }

    PdfRenderResult write(XWPFDocument document, Path target, String source) {
        try {
            Path parent = target.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path tmp = Files.createTempFile(parent, ".jianbao-", ".pdf");
            PdfRenderResult result;
            try (OutputStream output = Files.newOutputStream(tmp)) {
                result = renderer.getObject().render(document, output);
            } catch (RuntimeException | IOException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            return result;
        } catch (MissingGlyphException e) {
            throw new UserInputException(source + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UserInputException(target + ": cannot write (" + e.getMessage() + ")", e);
        }
    }

    static void report(PrintWriter out, Path target, PdfRenderResult result) {
        out.println(target + ": " + result.pages() + (result.pages() == 1 ? " page" : " pages"));
        for (FontResolution r : result.substitutions()) {
            out.println("  font " + r.requested() + " -> " + r.used() + " (substitute)");
        }
        for (String warning : result.warnings()) {
            out.println("  warning: " + warning);
        }
    }
}

package org.jianbao.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import org.jianbao.generation.AtomicFile;
import org.jianbao.pdf.DocxPdfRenderer;
import org.jianbao.pdf.FontResolution;
import org.jianbao.pdf.MissingGlyphException;
import org.jianbao.pdf.PdfRenderResult;

/**
 * Writes a PDF for the {@code pdf} and {@code render --pdf} commands: whole or not at all ({@link AtomicFile}),
 * with the renderer's problems turned into one line for the user.
 */
@Component
class PdfFileWriter {

    // Lazy: font discovery takes a second or two, and most commands never draw a PDF.
    private final ObjectProvider<DocxPdfRenderer> renderer;

    PdfFileWriter(ObjectProvider<DocxPdfRenderer> renderer) {
        this.renderer = renderer;
    }

    PdfRenderResult write(XWPFDocument document, Path target, String source) {
        if (target.toAbsolutePath().normalize().equals(Path.of(source).toAbsolutePath().normalize())) {
            throw new UserInputException(target + ": the PDF would overwrite the document it is made from");
        }
        PdfRenderResult[] result = new PdfRenderResult[1];
        try {
            AtomicFile.write(target, out -> result[0] = renderer.getObject().render(document, out));
            return result[0];
        } catch (MissingGlyphException e) {
            throw new UserInputException(source + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UserInputException(target + ": cannot write (" + e.getMessage() + ")", e);
        }
    }

    /** A PDF laid out in memory, not yet written: for a caller that writes it only if everything else worked. */
    record Rendered(byte[] bytes, PdfRenderResult result) {
    }

    Rendered render(XWPFDocument document, Path target, String source) {
        if (target.toAbsolutePath().normalize().equals(Path.of(source).toAbsolutePath().normalize())) {
            throw new UserInputException(target + ": the PDF would overwrite the document it is made from");
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(256 * 1024);
        try {
            PdfRenderResult result = renderer.getObject().render(document, bytes);
            return new Rendered(bytes.toByteArray(), result);
        } catch (MissingGlyphException e) {
            throw new UserInputException(source + ": " + e.getMessage(), e);
        }
    }

    static void write(Rendered rendered, Path target) {
        try {
            AtomicFile.write(target, rendered.bytes());
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

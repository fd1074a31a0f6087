package org.jianbao.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Supplier;

import org.jianbao.generation.AtomicFile;
import org.jianbao.pdf.DocxPdfRenderer;
import org.jianbao.pdf.FontResolution;
import org.jianbao.pdf.MissingGlyphException;
import org.jianbao.pdf.PdfRenderException;
import org.jianbao.pdf.PdfRenderResult;
import org.jianbao.pdf.WordPackage;

/**
 * Writes a PDF for the {@code pdf} and {@code render --pdf} commands: whole or not at all ({@link AtomicFile}),
 * with the renderer's problems turned into one line for the user.
 */
class PdfFileWriter {

    // Lazy: finding the fonts takes time, and a command may fail on its input before it draws anything.
    private final Supplier<DocxPdfRenderer> renderer;

    PdfFileWriter(Supplier<DocxPdfRenderer> renderer) {
        this.renderer = renderer;
    }

    PdfRenderResult write(WordPackage document, Path target, String source) {
        if (target.toAbsolutePath().normalize().equals(Path.of(source).toAbsolutePath().normalize())) {
            throw new UserInputException(target + ": the PDF would overwrite the document it is made from");
        }
        PdfRenderResult[] result = new PdfRenderResult[1];
        try {
            AtomicFile.write(target, out -> result[0] = renderer.get().render(document, out));
            return result[0];
        } catch (MissingGlyphException e) {
            throw new UserInputException(source + ": " + e.getMessage(), e);
        } catch (PdfRenderException e) {
            throw unreadable(source, e);
        } catch (IOException e) {
            throw new UserInputException(target + ": cannot write (" + e.getMessage() + ")", e);
        }
    }

    /** A PDF laid out in memory, not yet written: for a caller that writes it only if everything else worked. */
    record Rendered(byte[] bytes, PdfRenderResult result) {
    }

    Rendered render(WordPackage document, Path target, String source) {
        if (target.toAbsolutePath().normalize().equals(Path.of(source).toAbsolutePath().normalize())) {
            throw new UserInputException(target + ": the PDF would overwrite the document it is made from");
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(256 * 1024);
        try {
            PdfRenderResult result = renderer.get().render(document, bytes);
            return new Rendered(bytes.toByteArray(), result);
        } catch (MissingGlyphException e) {
            throw new UserInputException(source + ": " + e.getMessage(), e);
        } catch (PdfRenderException e) {
            throw unreadable(source, e);
        }
    }

    /** A part the renderer could not read: the file is damaged, which is the user's to know, in one line. */
    private static UserInputException unreadable(String source, PdfRenderException e) {
        return new UserInputException(source + ": not a readable .docx (" + e.getMessage() + ")", e);
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

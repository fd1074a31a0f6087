package org.jianbao.pdf;

/** The PDF could not be produced for a reason other than a missing glyph (unreadable part, write failure). */
public class PdfRenderException extends RuntimeException {

    public PdfRenderException(String message) {
        super(message);
    }

    public PdfRenderException(String message, Throwable cause) {
        super(message, cause);
    }
}

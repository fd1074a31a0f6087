package org.jianbao.pdf;

/** No available font can show a character of the document: failing beats a PDF with silently missing text. */
public class MissingGlyphException extends RuntimeException {

    private final int codePoint;

    public MissingGlyphException(int codePoint, String context) {
        super(String.format("no font has a glyph for U+%04X '%s'%s", codePoint, new String(Character.toChars(codePoint)),
                context == null || context.isBlank() ? "" : " (in \"" + context + "\")"));
        this.codePoint = codePoint;
    }

    public int codePoint() {
        return codePoint;
    }
}

package org.jianbao.pdf;

import com.lowagie.text.pdf.BaseFont;

/**
 * The unit of line breaking: one character in its font, a space, a tab, a break, or an inline object
 * (picture, chart). Width is the advance in points including the run's character spacing; a tab's width is
 * set by the line breaker once its position is known.
 */
final class Atom {

    enum Kind { GLYPH, SPACE, TAB, OBJECT, LINE_BREAK, PAGE_BREAK }

    final Kind kind;
    final int cp;
    final BaseFont font;
    final RunProps run;
    final boolean syntheticBold;
    final InlineObject object;
    float width;
    /** Extra space after this atom between CJK and Latin text (Word's autoSpaceDE/DN), already in {@link #width}. */
    float autoSpace;
    /** Set in Latin script (letters, digits, and ASCII punctuation following them), as LibreOffice assigns scripts. */
    boolean latin;
    /** For a tab: the leader of the stop it reached (dot, hyphen, underscore, middleDot), or null. */
    String leader;

    Atom(Kind kind, int cp, BaseFont font, RunProps run, boolean syntheticBold, InlineObject object, float width) {
        this.kind = kind;
        this.cp = cp;
        this.font = font;
        this.run = run;
        this.syntheticBold = syntheticBold;
        this.object = object;
        this.width = width;
    }

    /** For tests and measuring: a character of a given width with no font. */
    static Atom of(int cp, float width) {
        Kind kind = cp == ' ' ? Kind.SPACE : cp == '\t' ? Kind.TAB : cp == '\n' ? Kind.LINE_BREAK : Kind.GLYPH;
        return new Atom(kind, cp, null, null, false, null, width);
    }

    boolean isText() {
        return kind == Kind.GLYPH || kind == Kind.SPACE;
    }

    @Override
    public String toString() {
        return kind == Kind.GLYPH || kind == Kind.SPACE ? new String(Character.toChars(cp)) : kind.name();
    }
}

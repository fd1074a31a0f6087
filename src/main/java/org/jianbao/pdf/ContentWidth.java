package org.jianbao.pdf;

/**
 * How wide content wants to be, in points: {@code min} the widest piece no line may break inside (a word of Latin
 * text, one character of Chinese), {@code max} the widest line when nothing wraps. A table that fits its content
 * (autofit) reads these, as an HTML table's automatic layout does.
 */
record ContentWidth(float min, float max) {

    static final ContentWidth NONE = new ContentWidth(0, 0);

    /** The wider of both, per measure: paragraphs stacked in one cell. */
    ContentWidth widest(ContentWidth other) {
        return new ContentWidth(Math.max(min, other.min), Math.max(max, other.max));
    }

    /** Both widened by the same amount (indents, cell margins). */
    ContentWidth plus(float extra) {
        return new ContentWidth(min + extra, max + extra);
    }
}

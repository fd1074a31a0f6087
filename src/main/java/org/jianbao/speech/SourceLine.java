package org.jianbao.speech;

/**
 * One line (paragraph) of the input, before it is understood.
 *
 * @param text         the line as read, line ending removed
 * @param outlineLevel what the source says about it: 0 for a title style, 1–4 for heading styles,
 *                     {@link #BODY} when the source gives no hint (plain text never does)
 */
record SourceLine(String text, int outlineLevel) {

    static final int BODY = -1;

    static SourceLine body(String text) {
        return new SourceLine(text, BODY);
    }
}

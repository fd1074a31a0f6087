package org.jianbao.pdf;

import java.awt.Color;

/**
 * A run's resolved character formatting.
 *
 * @param ascii     font for Latin text (ascii/hAnsi)
 * @param eastAsia  font for CJK text
 * @param size      points
 * @param vertAlign 0 baseline, 1 superscript, -1 subscript
 * @param spacing   extra space after each character in points (w:spacing, negative condenses)
 */
record RunProps(String ascii, String eastAsia, float size, boolean bold, boolean italic, boolean underline,
        Color color, int vertAlign, float spacing, boolean hidden) {

    float effectiveSize() {
        return vertAlign == 0 ? size : size * 0.58f;
    }

    float rise() {
        return vertAlign > 0 ? size * 0.33f : vertAlign < 0 ? -size * 0.08f : 0f;
    }
}

package org.jianbao.pdf;

import java.util.List;

import com.lowagie.text.pdf.BaseFont;

/**
 * A laid-out line: fragments at x positions from the line's left edge, its box height and baseline.
 *
 * @param x        left edge relative to the text column (indent + alignment offset)
 * @param height   the line box height (grid cells, exact or natural)
 * @param baseline distance from the line box top to the baseline
 */
record Line(List<Frag> frags, float x, float width, float height, float baseline, boolean pageBreakAfter) {

    /** Text drawn with one font, size and character spacing; or an inline object when {@code object} is set. */
    record Frag(BaseFont font, RunProps run, boolean syntheticBold, String text, float x, float charSpacing, float width,
            InlineObject object) {
    }

    String text() {
        StringBuilder sb = new StringBuilder();
        for (Frag f : frags) {
            if (f.text() != null) {
                sb.append(f.text());
            }
        }
        return sb.toString();
    }
}

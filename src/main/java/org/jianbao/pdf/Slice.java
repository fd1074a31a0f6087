package org.jianbao.pdf;

/** A piece of a block that never splits across pages: one line of a paragraph, or one table row. */
sealed interface Slice permits Slice.LineSlice, TableLayout.RowSlice, TextBox.BoxSlice {

    /** Total height including space before/after and borders. */
    float height();

    /** Trailing space that may extend below the bottom margin (spacing after). */
    float trailing();

    boolean pageBreakAfter();

    void draw(Painter p, float x, float yTop);

    /** One line of a paragraph; the first carries the space before and top border, the last the bottom border. */
    record LineSlice(Line line, ParaProps pp, boolean first, boolean last, float top, float bottom, float after,
            float columnWidth) implements Slice {

        @Override
        public float height() {
            return top + line.height() + bottom + after;
        }

        @Override
        public float trailing() {
            return after;
        }

        @Override
        public boolean pageBreakAfter() {
            return line.pageBreakAfter();
        }

        @Override
        public void draw(Painter p, float x, float yTop) {
            float left = x + pp.indLeft();
            float right = x + columnWidth - pp.indRight();
            float boxTop = yTop + top;
            if (pp.shading() != null) {
                float from = first ? yTop + pp.before() : yTop;
                p.fill(left, from, right - left, boxTop + line.height() + bottom - from, pp.shading());
            }
            if (first && pp.top() != null) {
                Border b = pp.top();
                p.rule(left, right, yTop + pp.before() + b.width() / 2, b);
            }
            p.line(line, x + line.x(), boxTop + line.baseline());
            if (last && pp.bottom() != null) {
                Border b = pp.bottom();
                p.rule(left, right, boxTop + line.height() + b.space() + b.width() / 2, b);
            }
        }
    }
}

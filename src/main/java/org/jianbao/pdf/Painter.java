package org.jianbao.pdf;

import java.awt.Color;
import java.io.IOException;

import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfContentByte;

/** Draws on one PDF page in top-down coordinates (points from the page's top-left corner). */
final class Painter {

    private final PdfContentByte cb;
    private final float pageHeight;
    private final int pageIndex;
    private final float bottom;
    private final LayoutContext ctx;
    /** The layer under the text (for pictures behind it) and the page's geometry; null where not known. */
    private PdfContentByte under;
    private PageSetup setup;

    Painter(PdfContentByte cb, float pageHeight, int pageIndex, float bottom, LayoutContext ctx) {
        this.cb = cb;
        this.pageHeight = pageHeight;
        this.pageIndex = pageIndex;
        this.bottom = bottom;
        this.ctx = ctx;
    }

    Painter page(PdfContentByte underLayer, PageSetup pageSetup) {
        this.under = underLayer;
        this.setup = pageSetup;
        return this;
    }

    int pageIndex() {
        return pageIndex;
    }

    /** The body's bottom edge on this page, from the page top. */
    float bottom() {
        return bottom;
    }

    PdfContentByte content() {
        return cb;
    }

    float pdfY(float y) {
        return pageHeight - y;
    }

    void line(Line line, float x, float baselineY) {
        boolean inText = false;
        for (Line.Frag f : line.frags()) {
            if (f.object() != null) {
                if (inText) {
                    cb.endText();
                    inText = false;
                }
                if (f.object() instanceof InlineObject.Floating floating) {
                    floating(floating, x + f.x(), baselineY - line.baseline());
                } else {
                    object(f.object(), x + f.x(), baselineY);
                }
                continue;
            }
            if (f.text() == null || f.text().isEmpty() || f.text().isBlank() && !f.run().underline()) {
                continue;
            }
            RunProps run = f.run();
            float size = run.effectiveSize();
            float y = pdfY(baselineY) + run.rise();
            if (!inText) {
                cb.beginText();
                inText = true;
            }
            cb.setFontAndSize(f.font(), size);
            cb.setColorFill(run.color());
            cb.setCharacterSpacing(f.charSpacing());
            if (f.syntheticBold()) {
                cb.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE);
                cb.setLineWidth(size / 30f);
                cb.setColorStroke(run.color());
            } else {
                cb.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_FILL);
            }
            if (run.italic()) {
                cb.setTextMatrix(1, 0, 0.21f, 1, x + f.x(), y);
            } else {
                cb.setTextMatrix(x + f.x(), y);
            }
            cb.showText(f.text());
        }
        if (inText) {
            cb.setCharacterSpacing(0);
            cb.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_FILL);
            cb.endText();
        }
        for (Line.Frag f : line.frags()) {
            if (f.text() != null && f.run() != null && f.run().underline()) {
                float size = f.run().effectiveSize();
                float w = f.width() - f.charSpacing();
                cb.setColorStroke(f.run().color());
                cb.setLineWidth(Math.max(0.5f, size * 0.05f));
                float uy = pdfY(baselineY) + f.run().rise() - size * 0.12f;
                cb.moveTo(x + f.x(), uy);
                cb.lineTo(x + f.x() + w, uy);
                cb.stroke();
            }
        }
    }

    /** An anchored picture at its position: x from the page's left edge, y from its top. */
    private void floating(InlineObject.Floating f, float anchorX, float lineTop) {
        if (f.data() == null) {
            return;
        }
        float pageWidth = setup == null ? 0 : setup.width();
        float left = setup == null ? 0 : setup.left();
        float right = setup == null ? 0 : setup.right();
        float top = setup == null ? 0 : setup.top();
        float areaX;
        float areaW;
        switch (f.hFrom() == null ? "column" : f.hFrom()) {
            case "page" -> {
                areaX = 0;
                areaW = pageWidth;
            }
            case "leftMargin", "insideMargin" -> {
                areaX = 0;
                areaW = left;
            }
            case "rightMargin", "outsideMargin" -> {
                areaX = pageWidth - right;
                areaW = right;
            }
            case "character" -> {
                areaX = anchorX;
                areaW = 0;
            }
            default -> { // margin, column
                areaX = left;
                areaW = pageWidth - left - right;
            }
        }
        float x = f.hAlign() == null ? areaX + f.hOffset() : switch (f.hAlign()) {
            case "center" -> areaX + (areaW - f.pictureWidth()) / 2;
            case "right", "outside" -> areaX + areaW - f.pictureWidth();
            default -> areaX;
        };
        float areaY;
        float areaH;
        switch (f.vFrom() == null ? "paragraph" : f.vFrom()) {
            case "page" -> {
                areaY = 0;
                areaH = pageHeight;
            }
            case "margin" -> {
                areaY = top;
                areaH = bottom - top;
            }
            case "topMargin" -> {
                areaY = 0;
                areaH = top;
            }
            case "bottomMargin" -> {
                areaY = bottom;
                areaH = pageHeight - bottom;
            }
            default -> { // paragraph, line
                areaY = lineTop;
                areaH = 0;
            }
        }
        float y = f.vAlign() == null ? areaY + f.vOffset() : switch (f.vAlign()) {
            case "center" -> areaY + (areaH - f.pictureHeight()) / 2;
            case "bottom", "outside" -> areaY + areaH - f.pictureHeight();
            default -> areaY;
        };
        try {
            Image img = Image.getInstance(f.data());
            PdfContentByte layer = f.behind() && under != null ? under : cb;
            layer.addImage(img, f.pictureWidth(), 0, 0, f.pictureHeight(), x, pdfY(y + f.pictureHeight()));
        } catch (IOException | RuntimeException e) {
            ctx.warn("a picture could not be decoded: " + e.getMessage());
        }
    }

    /** A picture with its top-left corner at x (from the page's left) and yTop (from its top). */
    void picture(byte[] data, float x, float yTop, float w, float h) {
        try {
            Image img = Image.getInstance(data);
            cb.addImage(img, w, 0, 0, h, x, pdfY(yTop + h));
        } catch (IOException | RuntimeException e) {
            ctx.warn("a picture could not be decoded: " + e.getMessage());
        }
    }

    private void object(InlineObject o, float x, float baselineY) {
        float yBottom = pdfY(baselineY);
        if (o instanceof InlineObject.Picture pic) {
            if (pic.data() == null) {
                return;
            }
            try {
                Image img = Image.getInstance(pic.data());
                cb.addImage(img, pic.width(), 0, 0, pic.height(), x, yBottom);
            } catch (IOException | RuntimeException e) {
                ctx.warn("a picture could not be decoded: " + e.getMessage());
            }
        } else if (o instanceof InlineObject.ChartRef chart) {
            ChartPainter.draw(this, chart, x, baselineY - chart.height(), ctx);
        }
    }

    void rule(float x1, float x2, float y, Border b) {
        cb.setColorStroke(b.color());
        if (b.isDouble()) {
            cb.setLineWidth(b.width() / 3);
            cb.moveTo(x1, pdfY(y - b.width() / 3));
            cb.lineTo(x2, pdfY(y - b.width() / 3));
            cb.moveTo(x1, pdfY(y + b.width() / 3));
            cb.lineTo(x2, pdfY(y + b.width() / 3));
        } else {
            cb.setLineWidth(b.width());
            cb.moveTo(x1, pdfY(y));
            cb.lineTo(x2, pdfY(y));
        }
        cb.stroke();
    }

    void vrule(float x, float y1, float y2, Border b) {
        cb.setColorStroke(b.color());
        cb.setLineWidth(b.width());
        cb.moveTo(x, pdfY(y1));
        cb.lineTo(x, pdfY(y2));
        cb.stroke();
    }

    void fill(float x, float y, float w, float h, Color color) {
        cb.setColorFill(color);
        cb.rectangle(x, pdfY(y + h), w, h);
        cb.fill();
        cb.setColorFill(Color.BLACK);
    }
}

package org.jianbao.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.w3c.dom.Element;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;

/**
 * Draws a native Word chart (bar/column and line, also combined) from the values cached in its chart part: title,
 * value axis with gridlines, category labels, bars or lines per series, legend. Not a full chart engine: the
 * point is that the numbers a briefing shows are in the PDF, readable and copyable.
 */
final class ChartPainter {

    private static final Color[] PALETTE = {new Color(0x4472C4), new Color(0xED7D31), new Color(0xA5A5A5),
            new Color(0xFFC000), new Color(0x5B9BD5), new Color(0x70AD47)};

    /**
     * @param marker   the point symbol ({@code circle}, {@code square}, {@code triangle}, {@code diamond}, {@code x},
     *                 {@code star}, {@code none})
     * @param dash     the line's preset dash ({@code solid}, {@code dash}, {@code sysDot}…)
     * @param labelled the points whose value is written beside them (data labels)
     */
    record Series(String name, List<Double> values, Color color, boolean line, String marker, String dash,
            java.util.Set<Integer> labelled) {
    }

    record Data(String title, List<String> categories, List<Series> series) {
    }

    private ChartPainter() {
    }

    static Data read(Element chartSpace) {
        Element chart = Wml.child(chartSpace, "chart");
        String title = null;
        Element t = Wml.child(chart, "title");
        if (t != null) {
            StringBuilder sb = new StringBuilder();
            for (Element te : Wml.descendants(t, "t")) {
                sb.append(Wml.text(te));
            }
            if (sb.isEmpty()) {
                for (Element v : Wml.descendants(t, "v")) {
                    sb.append(Wml.text(v));
                }
            }
            title = sb.isEmpty() ? null : sb.toString();
        }
        Element plot = Wml.child(chart, "plotArea");
        List<String> categories = new ArrayList<>();
        List<Series> series = new ArrayList<>();
        for (Element group : Wml.children(plot)) {
            String kind = group.getLocalName();
            boolean line = kind.equals("lineChart") || kind.equals("line3DChart");
            boolean bar = kind.equals("barChart") || kind.equals("bar3DChart");
            if (!line && !bar) {
                continue;
            }
            for (Element ser : Wml.children(group, "ser")) {
                List<String> cats = points(Wml.child(ser, "cat"));
                if (cats.size() > categories.size()) {
                    categories = cats;
                }
                List<Double> values = new ArrayList<>();
                for (String v : points(Wml.child(ser, "val"))) {
                    try {
                        values.add(v == null || v.isBlank() ? null : Double.parseDouble(v));
                    } catch (NumberFormatException e) {
                        values.add(null);
                    }
                }
                String name = null;
                Element tx = Wml.child(ser, "tx");
                if (tx != null) {
                    List<Element> vs = Wml.descendants(tx, "v");
                    name = vs.isEmpty() ? null : Wml.text(vs.get(0));
                }
                Color color = null;
                Element spPr = Wml.child(ser, "spPr");
                for (Element clr : Wml.descendants(spPr, "srgbClr")) {
                    color = Wml.color(clr.getAttribute("val"));
                    break;
                }
                if (color == null) {
                    color = PALETTE[series.size() % PALETTE.length];
                }
                String marker = Wml.attr(Wml.child(Wml.child(ser, "marker"), "symbol"), "val");
                String dash = null;
                for (Element d : Wml.descendants(spPr, "prstDash")) {
                    dash = d.getAttribute("val");
                    break;
                }
                series.add(new Series(name == null ? "系列" + (series.size() + 1) : name, values, color, line,
                        marker == null ? "circle" : marker, dash == null ? "solid" : dash, labelled(ser, values.size())));
            }
        }
        return new Data(title, categories, series);
    }

    /** The points whose value label shows: each {@code c:dLbl} with showVal, or all when the series' dLbls show values. */
    private static java.util.Set<Integer> labelled(Element ser, int points) {
        java.util.Set<Integer> out = new java.util.TreeSet<>();
        Element dLbls = Wml.child(ser, "dLbls");
        if (dLbls == null) {
            return out;
        }
        if (Wml.onOff(Wml.child(dLbls, "showVal")) && !"0".equals(Wml.attr(Wml.child(dLbls, "showVal"), "val"))) {
            for (int i = 0; i < points; i++) {
                out.add(i);
            }
        }
        for (Element dLbl : Wml.children(dLbls, "dLbl")) {
            Integer idx = Wml.intAttr(Wml.child(dLbl, "idx"), "val");
            Element show = Wml.child(dLbl, "showVal");
            if (idx != null) {
                if (show != null && !"0".equals(Wml.attr(show, "val"))) {
                    out.add(idx);
                } else {
                    out.remove(idx);
                }
            }
        }
        return out;
    }

    /** The cached points (strCache/numCache or literal strLit/numLit) in index order. */
    private static List<String> points(Element holder) {
        List<String> out = new ArrayList<>();
        if (holder == null) {
            return out;
        }
        for (Element pt : Wml.descendants(holder, "pt")) {
            String idx = pt.getAttribute("idx");
            int i = idx == null || idx.isEmpty() ? out.size() : Integer.parseInt(idx);
            while (out.size() <= i) {
                out.add(null);
            }
            Element v = Wml.child(pt, "v");
            out.set(i, v == null ? null : Wml.text(v));
        }
        return out;
    }

    static void draw(Painter p, InlineObject.ChartRef ref, float x, float yTop, LayoutContext ctx) {
        Data data = read(ref.chartSpace());
        PdfContentByte cb = p.content();
        BaseFont font = ctx.fonts.fallbacks().get(0);
        float w = ref.width();
        float h = ref.height();
        float fs = 9f;
        float top = yTop + 6;
        if (data.title() != null) {
            text(p, font, 11f, data.title(), x + w / 2, top + 11, 1);
            top += 18;
        }
        float legendH = data.series().isEmpty() ? 0 : 16;
        double min = 0;
        double max = 0;
        for (Series s : data.series()) {
            for (Double v : s.values()) {
                if (v != null) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        if (max == min) {
            max = min + 1;
        }
        double step = niceStep((max - min) / 5);
        double lo = Math.floor(min / step) * step;
        double hi = Math.ceil(max / step) * step;
        float labelW = 0;
        for (double v = lo; v <= hi + step / 2; v += step) {
            labelW = Math.max(labelW, font.getWidthPoint(format(v, step), fs));
        }
        float plotL = x + 8 + labelW + 4;
        float plotR = x + w - 8;
        float plotT = top + 4;
        float plotB = yTop + h - legendH - fs - 10;
        if (plotB <= plotT || plotR <= plotL) {
            return;
        }
        cb.setLineWidth(0.5f);
        for (double v = lo; v <= hi + step / 2; v += step) {
            float y = plotB - (float) ((v - lo) / (hi - lo)) * (plotB - plotT);
            cb.setColorStroke(new Color(0xD9D9D9));
            cb.moveTo(plotL, p.pdfY(y));
            cb.lineTo(plotR, p.pdfY(y));
            cb.stroke();
            text(p, font, fs, format(v, step), plotL - 4, y + fs / 3, 2);
        }
        float zeroY = plotB - (float) ((0 - lo) / (hi - lo)) * (plotB - plotT);
        cb.setColorStroke(new Color(0x808080));
        cb.moveTo(plotL, p.pdfY(zeroY));
        cb.lineTo(plotR, p.pdfY(zeroY));
        cb.stroke();
        int n = Math.max(1, data.categories().size());
        float slot = (plotR - plotL) / n;
        List<Series> bars = data.series().stream().filter(s -> !s.line()).toList();
        float barW = bars.isEmpty() ? 0 : slot * 0.7f / bars.size();
        for (int c = 0; c < data.categories().size(); c++) {
            String label = data.categories().get(c);
            if (label != null) {
                float size = fs;
                while (font.getWidthPoint(label, size) > slot - 2 && size > 5) {
                    size -= 0.5f;
                }
                text(p, font, size, label, plotL + slot * (c + 0.5f), plotB + fs + 3, 1);
            }
        }
        for (int b = 0; b < bars.size(); b++) {
            Series s = bars.get(b);
            cb.setColorFill(s.color());
            for (int c = 0; c < s.values().size() && c < n; c++) {
                Double v = s.values().get(c);
                if (v == null) {
                    continue;
                }
                float bx = plotL + slot * c + slot * 0.15f + b * barW;
                float vy = plotB - (float) ((v - lo) / (hi - lo)) * (plotB - plotT);
                float y1 = Math.min(vy, zeroY);
                float y2 = Math.max(vy, zeroY);
                cb.rectangle(bx, p.pdfY(y2), barW, y2 - y1);
                cb.fill();
            }
        }
        for (Series s : data.series()) {
            if (!s.line()) {
                continue;
            }
            cb.setColorStroke(s.color());
            cb.setColorFill(s.color());
            cb.setLineWidth(1.2f);
            dash(cb, s.dash());
            boolean started = false;
            for (int c = 0; c < s.values().size() && c < n; c++) {
                Double v = s.values().get(c);
                if (v == null) {
                    started = false;
                    continue;
                }
                float px = plotL + slot * (c + 0.5f);
                float py = p.pdfY(plotB - (float) ((v - lo) / (hi - lo)) * (plotB - plotT));
                if (started) {
                    cb.lineTo(px, py);
                } else {
                    cb.moveTo(px, py);
                    started = true;
                }
            }
            cb.stroke();
            cb.setLineDash(0f);
            for (int c = 0; c < s.values().size() && c < n; c++) {
                Double v = s.values().get(c);
                if (v != null) {
                    float px = plotL + slot * (c + 0.5f);
                    float py = p.pdfY(plotB - (float) ((v - lo) / (hi - lo)) * (plotB - plotT));
                    marker(cb, s.marker(), px, py, 2.4f);
                    if (s.labelled().contains(c)) {
                        text(p, font, fs - 1, format(v, 0.1), px + 5, plotB - (float) ((v - lo) / (hi - lo)) * (plotB - plotT) + 3, 0);
                        cb.setColorFill(s.color());
                    }
                }
            }
        }
        // legend
        float total = 0;
        for (Series s : data.series()) {
            total += 14 + font.getWidthPoint(s.name(), fs) + 10;
        }
        float lx = x + (w - total) / 2;
        float ly = yTop + h - 6;
        for (Series s : data.series()) {
            cb.setColorFill(s.color());
            cb.setColorStroke(s.color());
            if (s.line()) {
                // the key shows the line as drawn: its dash and its marker
                cb.setLineWidth(1.2f);
                dash(cb, s.dash());
                cb.moveTo(lx - 2, p.pdfY(ly - 3));
                cb.lineTo(lx + 12, p.pdfY(ly - 3));
                cb.stroke();
                cb.setLineDash(0f);
                marker(cb, s.marker(), lx + 5, p.pdfY(ly - 3), 2.4f);
            } else {
                cb.rectangle(lx, p.pdfY(ly), 10, 7);
                cb.fill();
            }
            text(p, font, fs, s.name(), lx + 14, ly, 0);
            lx += 14 + font.getWidthPoint(s.name(), fs) + 10;
        }
        cb.setColorFill(Color.BLACK);
        cb.setColorStroke(Color.BLACK);
    }

    /** A preset dash of DrawingML as a PDF dash pattern (lengths in points for a line about 1 pt wide). */
    private static void dash(PdfContentByte cb, String preset) {
        switch (preset) {
            case "dash" -> cb.setLineDash(4f, 3f, 0f);
            case "sysDash" -> cb.setLineDash(3f, 1f, 0f);
            case "sysDot", "dot" -> cb.setLineDash(1f, 1.5f, 0f);
            case "lgDash" -> cb.setLineDash(8f, 3f, 0f);
            case "lgDashDot", "dashDot", "sysDashDot" -> cb.setLineDash(new float[] {8f, 3f, 1f, 3f}, 0f);
            default -> cb.setLineDash(0f);
        }
    }

    /** The point symbols of DrawingML, filled in the series' colour ({@code x} stroked). */
    private static void marker(PdfContentByte cb, String symbol, float x, float y, float r) {
        switch (symbol) {
            case "none" -> {
                return;
            }
            case "square" -> cb.rectangle(x - r, y - r, 2 * r, 2 * r);
            case "triangle" -> {
                cb.moveTo(x, y + r * 1.2f);
                cb.lineTo(x + r * 1.1f, y - r * 0.8f);
                cb.lineTo(x - r * 1.1f, y - r * 0.8f);
                cb.closePath();
            }
            case "diamond" -> {
                cb.moveTo(x, y + r * 1.3f);
                cb.lineTo(x + r * 1.3f, y);
                cb.lineTo(x, y - r * 1.3f);
                cb.lineTo(x - r * 1.3f, y);
                cb.closePath();
            }
            case "x", "star", "plus" -> {
                cb.setLineWidth(1f);
                cb.moveTo(x - r, y - r);
                cb.lineTo(x + r, y + r);
                cb.moveTo(x - r, y + r);
                cb.lineTo(x + r, y - r);
                if (!symbol.equals("x")) {
                    cb.moveTo(x, y - r * 1.2f);
                    cb.lineTo(x, y + r * 1.2f);
                }
                cb.stroke();
                return;
            }
            default -> cb.circle(x, y, r);
        }
        cb.fill();
    }

    private static double niceStep(double raw) {
        if (raw <= 0) {
            return 1;
        }
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / mag;
        double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
        return nice * mag;
    }

    private static String format(double v, double step) {
        if (step >= 1 && Math.abs(v - Math.rint(v)) < 1e-9) {
            return Long.toString(Math.round(v));
        }
        int decimals = Math.max(0, (int) Math.ceil(-Math.log10(step)));
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    /** align: 0 left, 1 centre, 2 right; y is the baseline from the page top. */
    private static void text(Painter p, BaseFont font, float size, String s, float x, float y, int align) {
        float width = font.getWidthPoint(s, size);
        float left = align == 1 ? x - width / 2 : align == 2 ? x - width : x;
        PdfContentByte cb = p.content();
        cb.beginText();
        cb.setFontAndSize(font, size);
        cb.setColorFill(new Color(0x404040));
        cb.setTextMatrix(left, p.pdfY(y));
        cb.showText(s);
        cb.endText();
    }
}

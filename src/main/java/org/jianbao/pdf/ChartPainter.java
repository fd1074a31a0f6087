package org.jianbao.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.w3c.dom.Element;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;

/**
 * Draws a native Word chart from the values cached in its chart part — column, bar, line and area (also combined),
 * pie and scatter: title, value axes with gridlines scaled as LibreOffice scales them, category labels, legend. Not a full chart engine: the
 * point is that the numbers a briefing shows are in the PDF, readable and copyable.
 */
final class ChartPainter {

    private static final Color[] PALETTE = {new Color(0x4472C4), new Color(0xED7D31), new Color(0xA5A5A5),
            new Color(0xFFC000), new Color(0x5B9BD5), new Color(0x70AD47)};

    /** How a chart is laid out: by its first chart group (Word combines only bar/column, line and area). */
    enum Kind { CATEGORY, BAR, PIE, SCATTER }

    /** How one series is drawn. */
    enum Type { BAR, LINE, AREA, SCATTER, PIE }

    /**
     * @param xValues     the x values of a scatter series (empty otherwise)
     * @param pointColors each point's colour (pie slices; {@code c:dPt} or the palette in turn)
     * @param marker      the point symbol ({@code circle}, {@code square}, {@code triangle}, {@code diamond}, {@code x},
     *                    {@code star}, {@code none})
     * @param dash        the line's preset dash ({@code solid}, {@code dash}, {@code sysDot}…)
     * @param joined      whether the points of a scatter series are joined by lines
     * @param labelled    the points whose value is written beside them (data labels)
     */
    record Series(String name, Type type, List<Double> values, List<Double> xValues, Color color, List<Color> pointColors,
            String marker, String dash, boolean joined, java.util.Set<Integer> labelled) {
    }

    /** @param midCat whether categories sit on the tick marks (value axis crossing {@code midCat}) rather than between them */
    record Data(String title, Kind kind, List<String> categories, List<Series> series, boolean midCat) {
    }

    private ChartPainter() {
    }

    static Data read(Element chartSpace) {
        return read(chartSpace, null);
    }

    static Data read(Element chartSpace, LayoutContext ctx) {
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
        Kind kind = null;
        for (Element group : Wml.children(plot)) {
            String name = group.getLocalName();
            Type type = switch (name) {
                case "barChart", "bar3DChart" -> Type.BAR;
                case "lineChart", "line3DChart" -> Type.LINE;
                case "areaChart", "area3DChart" -> Type.AREA;
                case "scatterChart", "bubbleChart" -> Type.SCATTER;
                case "pieChart", "pie3DChart", "doughnutChart", "ofPieChart" -> Type.PIE;
                default -> null;
            };
            if (type == null) {
                if (name.endsWith("Chart") && ctx != null) {
                    // radar, stock, surface: the frame and what the other groups show, said so on the document
                    ctx.warn("charts of the type " + name + " are not drawn (column, bar, line, area, pie and scatter are)");
                }
                continue;
            }
            if (kind == null) {
                boolean horizontal = "bar".equals(Wml.attr(Wml.child(group, "barDir"), "val"));
                kind = switch (type) {
                    case PIE -> Kind.PIE;
                    case SCATTER -> Kind.SCATTER;
                    case BAR -> horizontal ? Kind.BAR : Kind.CATEGORY;
                    default -> Kind.CATEGORY;
                };
            }
            String style = Wml.attr(Wml.child(group, "scatterStyle"), "val");
            for (Element ser : Wml.children(group, "ser")) {
                List<String> cats = points(Wml.child(ser, type == Type.SCATTER ? "xVal" : "cat"));
                if (type != Type.SCATTER && cats.size() > categories.size()) {
                    categories = cats;
                }
                List<Double> values = numbers(points(Wml.child(ser, type == Type.SCATTER ? "yVal" : "val")));
                List<Double> xs = type == Type.SCATTER ? numbers(cats) : List.of();
                if (type == Type.SCATTER && xs.stream().allMatch(java.util.Objects::isNull)) {
                    // x values given as text: Word numbers the points 1, 2, 3…
                    List<Double> ordinal = new ArrayList<>();
                    for (int i = 0; i < values.size(); i++) {
                        ordinal.add(i + 1.0);
                    }
                    xs = ordinal;
                }
                String seriesName = null;
                Element tx = Wml.child(ser, "tx");
                if (tx != null) {
                    List<Element> vs = Wml.descendants(tx, "v");
                    seriesName = vs.isEmpty() ? null : Wml.text(vs.get(0));
                }
                Color color = fill(Wml.child(ser, "spPr"));
                if (color == null) {
                    color = PALETTE[series.size() % PALETTE.length];
                }
                List<Color> pointColors = new ArrayList<>();
                for (int i = 0; i < values.size(); i++) {
                    pointColors.add(type == Type.PIE ? PALETTE[i % PALETTE.length] : color);
                }
                for (Element dPt : Wml.children(ser, "dPt")) {
                    Integer idx = Wml.intAttr(Wml.child(dPt, "idx"), "val");
                    Color c = fill(Wml.child(dPt, "spPr"));
                    if (idx != null && c != null && idx >= 0 && idx < pointColors.size()) {
                        pointColors.set(idx, c);
                    }
                }
                String marker = Wml.attr(Wml.child(Wml.child(ser, "marker"), "symbol"), "val");
                String dash = null;
                for (Element d : Wml.descendants(Wml.child(ser, "spPr"), "prstDash")) {
                    dash = d.getAttribute("val");
                    break;
                }
                boolean joined = !"marker".equals(style) && !hasNoLine(Wml.child(ser, "spPr"));
                series.add(new Series(seriesName == null ? "系列" + (series.size() + 1) : seriesName, type, values, xs, color,
                        pointColors, marker == null ? "circle" : marker, dash == null ? "solid" : dash, joined,
                        labelled(ser, values.size())));
            }
        }
        boolean midCat = false;
        for (Element valAx : Wml.children(plot, "valAx")) {
            midCat |= "midCat".equals(Wml.attr(Wml.child(valAx, "crossBetween"), "val"));
        }
        return new Data(title, kind == null ? Kind.CATEGORY : kind, categories, series, midCat);
    }

    private static List<Double> numbers(List<String> texts) {
        List<Double> values = new ArrayList<>();
        for (String v : texts) {
            try {
                values.add(v == null || v.isBlank() ? null : Double.parseDouble(v.trim()));
            } catch (NumberFormatException e) {
                values.add(null);
            }
        }
        return values;
    }

    /** The solid fill colour of a shape's properties (not its line's), or null. */
    private static Color fill(Element spPr) {
        Element solid = Wml.child(spPr, "solidFill");
        Element clr = Wml.child(solid, "srgbClr");
        if (clr == null) {
            for (Element e : Wml.descendants(spPr, "srgbClr")) {
                return Wml.color(e.getAttribute("val"));
            }
        }
        return clr == null ? null : Wml.color(clr.getAttribute("val"));
    }

    private static boolean hasNoLine(Element spPr) {
        Element ln = Wml.child(spPr, "ln");
        return ln != null && Wml.child(ln, "noFill") != null;
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
        Data data = read(ref.chartSpace(), ctx);
        new Canvas(p, ctx.fonts.fallbacks().get(0), data).draw(x, yTop, ref.width(), ref.height());
    }

    /**
     * One chart being drawn: title on top, legend at the bottom, the plot in between — a pie, a horizontal bar
     * chart, a scatter chart, or a category chart (columns, lines and areas, also combined).
     */
    private static final class Canvas {
        private static final float FS = 9f;
        private final Painter p;
        private final PdfContentByte cb;
        private final BaseFont font;
        private final Data data;

        Canvas(Painter p, BaseFont font, Data data) {
            this.p = p;
            this.cb = p.content();
            this.font = font;
            this.data = data;
        }

        void draw(float x, float yTop, float w, float h) {
            float top = yTop + 6;
            if (data.title() != null) {
                text(p, font, 11f, data.title(), x + w / 2, top + 11, 1);
                top += 18;
            }
            float bottom = legend(x, yTop + h - 6, w);
            switch (data.kind()) {
                case PIE -> pie(x, top, w, bottom - top);
                case BAR -> horizontalBars(x, top, w, bottom - top);
                case SCATTER -> scatter(x, top, w, bottom - top);
                default -> categories(x, top, w, bottom - top);
            }
            cb.setColorFill(Color.BLACK);
            cb.setColorStroke(Color.BLACK);
        }

        /** The legend's keys on one line at the bottom; returns the top of the legend (the plot's lower limit). */
        private float legend(float x, float baseline, float w) {
            List<String> names = new ArrayList<>();
            List<Color> colors = new ArrayList<>();
            if (data.kind() == Kind.PIE && !data.series().isEmpty()) {
                Series s = data.series().get(0);
                for (int i = 0; i < s.values().size(); i++) {
                    names.add(i < data.categories().size() && data.categories().get(i) != null ? data.categories().get(i)
                            : Integer.toString(i + 1));
                    colors.add(s.pointColors().get(i));
                }
            } else {
                data.series().forEach(s -> {
                    names.add(s.name());
                    colors.add(s.color());
                });
            }
            if (names.isEmpty()) {
                return baseline;
            }
            float total = 0;
            for (String n : names) {
                total += 14 + font.getWidthPoint(n, FS) + 10;
            }
            float lx = x + (w - total) / 2;
            for (int i = 0; i < names.size(); i++) {
                Series s = data.kind() == Kind.PIE ? null : data.series().get(i);
                cb.setColorFill(colors.get(i));
                cb.setColorStroke(colors.get(i));
                if (s != null && (s.type() == Type.LINE || s.type() == Type.SCATTER)) {
                    // the key shows the line as drawn: its dash and its marker
                    cb.setLineWidth(1.2f);
                    dash(cb, s.dash());
                    cb.moveTo(lx - 2, p.pdfY(baseline - 3));
                    cb.lineTo(lx + 12, p.pdfY(baseline - 3));
                    cb.stroke();
                    cb.setLineDash(0f);
                    marker(cb, s.marker(), lx + 5, p.pdfY(baseline - 3), 2.4f);
                } else {
                    cb.rectangle(lx, p.pdfY(baseline), 10, 7);
                    cb.fill();
                }
                text(p, font, FS, names.get(i), lx + 14, baseline, 0);
                lx += 14 + font.getWidthPoint(names.get(i), FS) + 10;
            }
            return baseline - 10;
        }

        /** Slices clockwise from twelve o'clock (Word's first slice angle 0), in each point's colour. */
        private void pie(float x, float top, float w, float h) {
            if (data.series().isEmpty()) {
                return;
            }
            Series s = data.series().get(0);
            double total = s.values().stream().filter(v -> v != null && v > 0).mapToDouble(Double::doubleValue).sum();
            float r = Math.min(w, h) / 2 - 8;
            if (total <= 0 || r <= 0) {
                return;
            }
            float cx = x + w / 2;
            float cy = p.pdfY(top + h / 2);
            double angle = 90;
            for (int i = 0; i < s.values().size(); i++) {
                Double v = s.values().get(i);
                if (v == null || v <= 0) {
                    continue;
                }
                double sweep = 360 * v / total;
                cb.setColorFill(s.pointColors().get(i));
                cb.setColorStroke(Color.WHITE);
                cb.setLineWidth(0.75f);
                cb.moveTo(cx, cy);
                // arcs of at most 90° each, as Bézier curves (PdfContentByte.arc starts a new path)
                List<float[]> curves = PdfContentByte.bezierArc(cx - r, cy - r, cx + r, cy + r, (float) angle, (float) -sweep);
                cb.lineTo(curves.get(0)[0], curves.get(0)[1]);
                for (float[] c : curves) {
                    cb.curveTo(c[2], c[3], c[4], c[5], c[6], c[7]);
                }
                cb.closePathFillStroke();
                if (s.labelled().contains(i)) {
                    double mid = Math.toRadians(angle - sweep / 2);
                    text(p, font, FS - 1, format(v, 0.1), cx + (float) (Math.cos(mid) * r * 0.65),
                            top + h / 2 - (float) (Math.sin(mid) * r * 0.65) + 3, 1);
                }
                angle -= sweep;
            }
        }

        /** Columns, lines and areas over categories laid out left to right. */
        private void categories(float x, float top, float w, float h) {
            Scale scale = Scale.of(valueRange(data.series(), false), true);
            float labelW = scale.labelWidth(font, FS);
            float plotL = x + 8 + labelW + 4;
            float plotR = x + w - 8;
            float plotT = top + 4;
            float plotB = top + h - FS - 8;
            if (plotB <= plotT || plotR <= plotL) {
                return;
            }
            for (double v : scale.ticks()) {
                float y = plotB - scale.at(v) * (plotB - plotT);
                line(plotL, y, plotR, y, GRID);
                text(p, font, FS, scale.label(v), plotL - 4, y + FS / 3, 2);
            }
            float zeroY = plotB - scale.at(scale.clampZero()) * (plotB - plotT);
            int n = Math.max(1, data.categories().size());
            float slot = (plotR - plotL) / n;
            // midCat: the first and last category on the plot's edges (LibreOffice's line and area charts)
            float step = data.midCat() && n > 1 ? (plotR - plotL) / (n - 1) : slot;
            float first = data.midCat() && n > 1 ? plotL : plotL + slot / 2;
            for (int c = 0; c < data.categories().size(); c++) {
                String label = data.categories().get(c);
                if (label != null) {
                    text(p, font, fit(label, slot - 2), label, first + step * c, plotB + FS + 3, 1);
                }
            }
            for (Series s : data.series()) {
                if (s.type() != Type.AREA) {
                    continue;
                }
                // an area runs from the first category's centre to the last's, down to the zero line
                cb.setColorFill(s.color());
                boolean any = false;
                for (int c = 0; c < s.values().size() && c < n; c++) {
                    Double v = s.values().get(c);
                    float px = first + step * c;
                    float py = plotB - scale.at(v == null ? 0 : v) * (plotB - plotT);
                    if (!any) {
                        cb.moveTo(px, p.pdfY(zeroY));
                        any = true;
                    }
                    cb.lineTo(px, p.pdfY(py));
                    if (c == Math.min(s.values().size(), n) - 1) {
                        cb.lineTo(px, p.pdfY(zeroY));
                    }
                }
                if (any) {
                    cb.closePath();
                    cb.fill();
                }
            }
            List<Series> bars = data.series().stream().filter(s -> s.type() == Type.BAR).toList();
            float barW = bars.isEmpty() ? 0 : slot * 0.7f / bars.size();
            for (int b = 0; b < bars.size(); b++) {
                Series s = bars.get(b);
                cb.setColorFill(s.color());
                for (int c = 0; c < s.values().size() && c < n; c++) {
                    Double v = s.values().get(c);
                    if (v == null) {
                        continue;
                    }
                    float bx = plotL + slot * c + slot * 0.15f + b * barW;
                    float vy = plotB - scale.at(v) * (plotB - plotT);
                    float y1 = Math.min(vy, zeroY);
                    float y2 = Math.max(vy, zeroY);
                    cb.rectangle(bx, p.pdfY(y2), barW, y2 - y1);
                    cb.fill();
                }
            }
            line(plotL, zeroY, plotR, zeroY, AXIS);
            for (Series s : data.series()) {
                if (s.type() == Type.LINE) {
                    List<float[]> points = new ArrayList<>();
                    for (int c = 0; c < s.values().size() && c < n; c++) {
                        Double v = s.values().get(c);
                        points.add(v == null ? null
                                : new float[] {first + step * c, plotB - scale.at(v) * (plotB - plotT), (float) (double) v});
                    }
                    polyline(s, points, true);
                }
            }
        }

        /** Bars growing to the right; the first category at the bottom (Word's default axis orientation). */
        private void horizontalBars(float x, float top, float w, float h) {
            Scale scale = Scale.of(valueRange(data.series(), false), true);
            float catW = 0;
            for (String c : data.categories()) {
                catW = Math.max(catW, c == null ? 0 : font.getWidthPoint(c, FS));
            }
            float plotL = x + 8 + Math.min(catW, w / 3) + 4;
            float plotR = x + w - 8 - scale.labelWidth(font, FS) / 2;
            float plotT = top + 4;
            float plotB = top + h - FS - 8;
            if (plotB <= plotT || plotR <= plotL) {
                return;
            }
            for (double v : scale.ticks()) {
                float vx = plotL + scale.at(v) * (plotR - plotL);
                line(vx, plotT, vx, plotB, GRID);
                text(p, font, FS, scale.label(v), vx, plotB + FS + 3, 1);
            }
            int n = Math.max(1, data.categories().size());
            float slot = (plotB - plotT) / n;
            // top-down, so that the text reads in the order it is seen
            for (int c = data.categories().size() - 1; c >= 0; c--) {
                String label = data.categories().get(c);
                if (label != null) {
                    text(p, font, fit(label, plotL - x - 10), label, plotL - 4, plotB - slot * (c + 0.5f) + FS / 3, 2);
                }
            }
            float zeroX = plotL + scale.at(scale.clampZero()) * (plotR - plotL);
            List<Series> bars = data.series();
            float barH = bars.isEmpty() ? 0 : slot * 0.7f / bars.size();
            for (int b = 0; b < bars.size(); b++) {
                Series s = bars.get(b);
                cb.setColorFill(s.color());
                for (int c = 0; c < s.values().size() && c < n; c++) {
                    Double v = s.values().get(c);
                    if (v == null) {
                        continue;
                    }
                    // the first series nearest the axis' start, as Word stacks clustered bars bottom-up
                    float by = plotB - slot * c - slot * 0.15f - (b + 1) * barH;
                    float vx = plotL + scale.at(v) * (plotR - plotL);
                    cb.rectangle(Math.min(vx, zeroX), p.pdfY(by + barH), Math.abs(vx - zeroX), barH);
                    cb.fill();
                }
            }
            line(zeroX, plotT, zeroX, plotB, AXIS);
        }

        /** Points at their x and y values, joined by lines unless the scatter style says markers only. */
        private void scatter(float x, float top, float w, float h) {
            Scale ys = Scale.of(valueRange(data.series(), false), true);
            Scale xs = Scale.of(valueRange(data.series(), true), false);
            float plotL = x + 8 + ys.labelWidth(font, FS) + 4;
            float plotR = x + w - 8 - xs.labelWidth(font, FS) / 2;
            float plotT = top + 4;
            float plotB = top + h - FS - 8;
            if (plotB <= plotT || plotR <= plotL) {
                return;
            }
            for (double v : ys.ticks()) {
                float y = plotB - ys.at(v) * (plotB - plotT);
                line(plotL, y, plotR, y, GRID);
                text(p, font, FS, ys.label(v), plotL - 4, y + FS / 3, 2);
            }
            for (double v : xs.ticks()) {
                float vx = plotL + xs.at(v) * (plotR - plotL);
                text(p, font, FS, xs.label(v), vx, plotB + FS + 3, 1);
            }
            line(plotL, plotB, plotR, plotB, AXIS);
            for (Series s : data.series()) {
                List<float[]> points = new ArrayList<>();
                for (int i = 0; i < s.values().size(); i++) {
                    Double v = s.values().get(i);
                    Double xv = i < s.xValues().size() ? s.xValues().get(i) : Double.valueOf(i + 1);
                    points.add(v == null || xv == null ? null
                            : new float[] {plotL + xs.at(xv) * (plotR - plotL), plotB - ys.at(v) * (plotB - plotT), (float) (double) v});
                }
                polyline(s, points, s.joined());
            }
        }

        /** A line series: the segments between known points, then markers and value labels. */
        private void polyline(Series s, List<float[]> points, boolean joined) {
            cb.setColorStroke(s.color());
            cb.setColorFill(s.color());
            if (joined) {
                cb.setLineWidth(1.2f);
                dash(cb, s.dash());
                boolean started = false;
                for (float[] pt : points) {
                    if (pt == null) {
                        started = false;
                        continue;
                    }
                    if (started) {
                        cb.lineTo(pt[0], p.pdfY(pt[1]));
                    } else {
                        cb.moveTo(pt[0], p.pdfY(pt[1]));
                        started = true;
                    }
                }
                cb.stroke();
                cb.setLineDash(0f);
            }
            for (int i = 0; i < points.size(); i++) {
                float[] pt = points.get(i);
                if (pt == null) {
                    continue;
                }
                marker(cb, s.marker(), pt[0], p.pdfY(pt[1]), 2.4f);
                if (s.labelled().contains(i)) {
                    text(p, font, FS - 1, format(pt[2], 0.1), pt[0] + 5, pt[1] + 3, 0);
                    cb.setColorFill(s.color());
                }
            }
        }

        private void line(float x1, float y1, float x2, float y2, Color color) {
            cb.setLineWidth(0.5f);
            cb.setColorStroke(color);
            cb.moveTo(x1, p.pdfY(y1));
            cb.lineTo(x2, p.pdfY(y2));
            cb.stroke();
        }

        /** The size at which a label fits the room (down to 5 pt). */
        private float fit(String label, float room) {
            float size = FS;
            while (font.getWidthPoint(label, size) > room && size > 5) {
                size -= 0.5f;
            }
            return size;
        }
    }

    private static final Color GRID = new Color(0xD9D9D9);
    private static final Color AXIS = new Color(0x808080);

    /** The smallest and largest value of all series (x values when asked), or {0, 1} when there are none. */
    private static double[] valueRange(List<Series> series, boolean x) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            for (Double v : x ? s.xValues() : s.values()) {
                if (v != null) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        return min > max ? new double[] {0, 1} : new double[] {min, max};
    }

    /**
     * An automatic value axis as LibreOffice (and, to the same result on ordinary data, Word) computes it: the
     * smallest step of 1, 2 or 5 × 10ⁿ that needs at most ten intervals; a value axis whose values are all on one
     * side of zero and spread wider than a sixth of the largest starts at zero; an end of the range closer than a
     * twentieth of the span to the data gets one more step, so no point sits on the frame.
     */
    record Scale(double lo, double hi, double step) {

        static Scale of(double[] range, boolean expandToZero) {
            double min = range[0];
            double max = range[1];
            if (expandToZero && min > 0 && (max - min) / max > 1.0 / 6) {
                min = 0;
            } else if (expandToZero && max < 0 && (max - min) / -min > 1.0 / 6) {
                max = 0;
            }
            if (max == min) {
                max = min == 0 ? 1 : min + Math.abs(min);
            }
            double mag = Math.pow(10, Math.floor(Math.log10((max - min) / 10)));
            for (int i = 0; ; i++) {
                double step = new double[] {1, 2, 5}[i % 3] * mag * Math.pow(10, i / 3);
                double lo = Math.floor(min / step + 1e-9) * step;
                double hi = Math.ceil(max / step - 1e-9) * step;
                if (min != 0 && min - lo < (hi - lo) / 20) {
                    lo -= step;
                }
                if (max != 0 && hi - max < (hi - lo) / 20) {
                    hi += step;
                }
                if ((hi - lo) / step <= 10.0 + 1e-9 || i > 60) {
                    return new Scale(lo, hi, step);
                }
            }
        }

        List<Double> ticks() {
            List<Double> out = new ArrayList<>();
            for (int i = 0; lo + i * step <= hi + step / 2 && i <= 100; i++) {
                out.add(lo + i * step);
            }
            return out;
        }

        /** Where a value lies, 0 at {@code lo} and 1 at {@code hi}. */
        float at(double v) {
            return (float) ((v - lo) / (hi - lo));
        }

        double clampZero() {
            return Math.max(lo, Math.min(hi, 0));
        }

        String label(double v) {
            return format(v, step);
        }

        float labelWidth(BaseFont font, float size) {
            float w = 0;
            for (double v : ticks()) {
                w = Math.max(w, font.getWidthPoint(label(v), size));
            }
            return w;
        }
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

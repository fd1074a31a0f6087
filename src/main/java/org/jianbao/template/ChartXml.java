package org.jianbao.template;

import java.util.List;

/**
 * The chart part ({@code word/charts/chartN.xml}) of a {@link Chart}, written as text. It is the XML that POI's XDDF
 * API writes for the same chart (element for element, checked against it in {@code ChartPartsTest}), without
 * building XmlBeans objects per document: the product's briefing has a chart in every document, and building it
 * through XDDF made POI parse and re-save the whole filled package.
 */
final class ChartXml {

    static final String C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /** Readable on a black-and-white copier: every line its own marker and dash, not colour alone (as MediaPlacer). */
    private static final String[] MARKERS = {"circle", "square", "triangle", "diamond", "x", "star"};
    private static final String[] DASHES = {"solid", "dash", "sysDot", "lgDashDot", "lgDash", "sysDash"};
    /** Dark colours that stay apart when printed grey. */
    private static final String[] COLOURS = {"1F4E79", "C00000", "404040", "7F6000", "007030", "7030A0"};
    /** 1.5 pt. */
    private static final int LINE_WIDTH_EMU = 19050;

    private ChartXml() {
    }

    /** @param workbookRelId the relationship of the chart part to its embedded workbook */
    static String of(Chart chart, String workbookRelId) {
        StringBuilder s = new StringBuilder(2048 + 600 * chart.series().size() * (1 + chart.categories().size() / 4));
        s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<c:chartSpace xmlns:c=\"").append(C).append("\" xmlns:a=\"")
                .append(A).append("\" xmlns:r=\"").append(R).append("\"><c:chart>");
        if (chart.title() != null) {
            s.append("<c:title><c:tx><c:rich><a:bodyPr anchor=\"t\" rtlCol=\"false\"/><a:lstStyle/><a:p><a:pPr algn=\"l\">"
                    + "<a:defRPr/></a:pPr><a:r><a:rPr lang=\"en\"/><a:t>");
            text(chart.title(), s);
            s.append("</a:t></a:r><a:endParaRPr lang=\"en-US\" sz=\"1100\"/></a:p></c:rich></c:tx><c:layout/>"
                    + "<c:overlay val=\"false\"/></c:title>");
        }
        boolean bar = chart.type() == Chart.ChartType.BAR;
        s.append("<c:plotArea>").append(bar ? "<c:barChart><c:barDir val=\"col\"/>" : "<c:lineChart>")
                .append("<c:varyColors val=\"false\"/>");
        int n = chart.categories().size();
        for (int i = 0; i < chart.series().size(); i++) {
            Chart.Series series = chart.series().get(i);
            String column = column(i + 1);
            s.append("<c:ser><c:idx val=\"").append(i).append("\"/><c:order val=\"").append(i).append("\"/>")
                    .append("<c:tx><c:strRef><c:f>Sheet0!$").append(column).append("$1</c:f><c:strCache><c:ptCount val=\"1\"/>")
                    .append("<c:pt idx=\"0\"><c:v>");
            text(series.name(), s);
            s.append("</c:v></c:pt></c:strCache></c:strRef></c:tx>");
            if (!bar) {
                s.append("<c:spPr><a:ln w=\"").append(LINE_WIDTH_EMU).append("\"><a:solidFill><a:srgbClr val=\"")
                        .append(COLOURS[i % COLOURS.length]).append("\"/></a:solidFill><a:prstDash val=\"")
                        .append(DASHES[i % DASHES.length]).append("\"/></a:ln></c:spPr><c:marker><c:symbol val=\"")
                        .append(MARKERS[i % MARKERS.length]).append("\"/></c:marker>");
                if (chart.labelLast()) {
                    lastPointLabel(series.values(), s);
                }
            }
            s.append("<c:cat><c:strRef><c:f>Sheet0!$A$2:$A$").append(n + 1).append("</c:f><c:strCache><c:ptCount val=\"")
                    .append(n).append("\"/>");
            for (int k = 0; k < n; k++) {
                s.append("<c:pt idx=\"").append(k).append("\"><c:v>");
                text(chart.categories().get(k), s);
                s.append("</c:v></c:pt>");
            }
            s.append("</c:strCache></c:strRef></c:cat><c:val><c:numRef><c:f>Sheet0!$").append(column).append("$2:$")
                    .append(column).append('$').append(n + 1).append("</c:f><c:numCache><c:ptCount val=\"").append(n).append("\"/>");
            List<Double> values = series.values();
            for (int k = 0; k < n; k++) {
                if (values.get(k) != null) {
                    s.append("<c:pt idx=\"").append(k).append("\"><c:v>").append(number(values.get(k))).append("</c:v></c:pt>");
                }
            }
            s.append("</c:numCache></c:numRef></c:val>");
            if (!bar) {
                s.append("<c:smooth val=\"false\"/>");
            }
            s.append("</c:ser>");
        }
        s.append("<c:axId val=\"0\"/><c:axId val=\"1\"/>").append(bar ? "</c:barChart>" : "</c:lineChart>")
                .append("<c:catAx><c:axId val=\"0\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling>"
                        + "<c:delete val=\"false\"/><c:axPos val=\"b\"/><c:majorTickMark val=\"cross\"/>"
                        + "<c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"1\"/>"
                        + "<c:crosses val=\"autoZero\"/><c:auto val=\"false\"/></c:catAx>"
                        + "<c:valAx><c:axId val=\"1\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling>"
                        + "<c:delete val=\"false\"/><c:axPos val=\"l\"/><c:majorTickMark val=\"cross\"/>"
                        + "<c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"0\"/>"
                        + "<c:crosses val=\"autoZero\"/><c:crossBetween val=\"between\"/></c:valAx></c:plotArea>"
                        + "<c:legend><c:legendPos val=\"b\"/><c:overlay val=\"false\"/></c:legend></c:chart>"
                        + "<c:externalData r:id=\"").append(workbookRelId).append("\"/></c:chartSpace>");
        return s.toString();
    }

    /** A data label on the series' last value (the figure a reader looks for first), the others off. */
    private static void lastPointLabel(List<Double> values, StringBuilder s) {
        int last = -1;
        for (int k = 0; k < values.size(); k++) {
            if (values.get(k) != null) {
                last = k;
            }
        }
        if (last < 0) {
            return;
        }
        String off = "<c:showLegendKey val=\"0\"/><c:showVal val=\"%s\"/><c:showCatName val=\"0\"/>"
                + "<c:showSerName val=\"0\"/><c:showPercent val=\"0\"/><c:showBubbleSize val=\"0\"/>";
        s.append("<c:dLbls><c:dLbl><c:idx val=\"").append(last).append("\"/><c:dLblPos val=\"r\"/>")
                .append(off.formatted("1")).append("</c:dLbl>").append(off.formatted("0")).append("</c:dLbls>");
    }

    /** Text content as XmlBeans saves it: {@code &} and {@code <} escaped, {@code >} left as it is. */
    static void text(String text, StringBuilder s) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        s.append(c);
                    }
                }
            }
        }
    }

    /** As POI writes a double into a cache or a cell. */
    static String number(Double value) {
        return value.toString();
    }

    /** Spreadsheet column letters of a 0-based index: 0 → A, 25 → Z, 26 → AA. */
    static String column(int index) {
        StringBuilder s = new StringBuilder(3);
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            s.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return s.toString();
    }
}

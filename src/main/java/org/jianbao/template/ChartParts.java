package org.jianbao.template;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places {@code {{@chart}}} tags of the main document part at XML level: the marker run gets an inline drawing, the
 * package gets the chart part, its embedded workbook, their relationships and content types. The filled package then
 * stays a set of entries the engine zips itself, and POI parses it at most once (for the PDF) instead of parsing it,
 * building the chart through XDDF and saving every part again.
 * <p>
 * Only what the XML path does exactly as POI would: charts, in the body (tables included). Pictures, charts in
 * headers, footers or text boxes, and values that are not charts leave it to {@link MediaPlacer}, which places them
 * or names the problem.
 */
final class ChartParts {

    private static final String CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
    private static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String REL_CHART = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
    private static final String REL_PACKAGE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/package";
    private static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    private static final int EMU_PER_MM = 36_000;
    private static final Pattern REL_ID = Pattern.compile("Id=\"rId(\\d+)\"");

    private ChartParts() {
    }

    /**
     * @param main    the main part's name ({@code word/document.xml})
     * @param xml     the filled main part
     * @param entries the filled package, changed only when every request was placed here
     * @return the main part with the charts in it, or null when {@link MediaPlacer} must do the work
     */
    static String place(String main, String xml, List<Renderer.MediaRequest> requests, Map<String, byte[]> entries) {
        List<Chart> charts = new ArrayList<>(requests.size());
        for (Renderer.MediaRequest r : requests) {
            Chart chart = asChart(r.value());
            String marker = marker(r.id());
            int at = xml.indexOf(marker);
            if (chart == null || at < 0 || xml.indexOf(marker, at + 1) >= 0 || insideTextBox(xml, at)) {
                return null;
            }
            charts.add(chart);
        }
        String folder = main.contains("/") ? main.substring(0, main.lastIndexOf('/') + 1) : "";
        String relsName = folder + "_rels/" + main.substring(folder.length()) + ".rels";
        byte[] relsBytes = entries.get(relsName);
        byte[] typesBytes = entries.get("[Content_Types].xml");
        if (relsBytes == null || typesBytes == null) {
            return null;
        }
        String rels = new String(relsBytes, StandardCharsets.UTF_8);
        String types = new String(typesBytes, StandardCharsets.UTF_8);
        int relsEnd = rels.lastIndexOf("</Relationships>");
        int typesEnd = types.lastIndexOf("</Types>");
        if (relsEnd < 0 || typesEnd < 0) {
            return null;
        }
        int nextRel = nextRelId(rels);
        int nextPart = 1;
        StringBuilder newRels = new StringBuilder();
        StringBuilder newTypes = new StringBuilder();
        if (!types.contains("Extension=\"xlsx\"")) {
            newTypes.append("<Default ContentType=\"").append(XLSX_TYPE).append("\" Extension=\"xlsx\"/>");
        }
        String filled = xml;
        for (int i = 0; i < charts.size(); i++) {
            Chart chart = charts.get(i);
            while (entries.containsKey(folder + "charts/chart" + nextPart + ".xml")
                    || entries.containsKey(folder + "embeddings/Microsoft_Excel_Worksheet" + nextPart + ".xlsx")) {
                nextPart++;
            }
            String chartPart = folder + "charts/chart" + nextPart + ".xml";
            String workbook = "Microsoft_Excel_Worksheet" + nextPart + ".xlsx";
            String relId = "rId" + nextRel++;
            entries.put(chartPart, ChartXml.of(chart, "rId1").getBytes(StandardCharsets.UTF_8));
            entries.put(folder + "charts/_rels/chart" + nextPart + ".xml.rels", ("<?xml version=\"1.0\" encoding=\"UTF-8\""
                    + " standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Target=\"../embeddings/" + workbook + "\" Type=\"" + REL_PACKAGE + "\"/>"
                    + "</Relationships>").getBytes(StandardCharsets.UTF_8));
            entries.put(folder + "embeddings/" + workbook, ChartWorkbook.of(chart));
            newRels.append("<Relationship Id=\"").append(relId).append("\" Target=\"charts/chart").append(nextPart)
                    .append(".xml\" Type=\"").append(REL_CHART).append("\"/>");
            newTypes.append("<Override ContentType=\"").append(CHART_TYPE).append("\" PartName=\"/").append(chartPart)
                    .append("\"/>");
            filled = replaceMarker(filled, requests.get(i).id(), drawing(chart, relId, i));
            nextPart++;
        }
        entries.put(relsName, (rels.substring(0, relsEnd) + newRels + rels.substring(relsEnd)).getBytes(StandardCharsets.UTF_8));
        entries.put("[Content_Types].xml",
                (types.substring(0, typesEnd) + newTypes + types.substring(typesEnd)).getBytes(StandardCharsets.UTF_8));
        return filled;
    }

    private static Chart asChart(Object value) {
        try {
            if (value instanceof Chart c) {
                return c;
            }
            return value instanceof Map<?, ?> m && m.containsKey("series") ? ChartFromData.of(m) : null;
        } catch (IllegalArgumentException e) {
            return null; // MediaPlacer reports it with the tag's location
        }
    }

    private static String marker(int id) {
        return "" + Renderer.MEDIA_MARK + id + Renderer.MEDIA_MARK;
    }

    /** POI cannot reach a text box's content, so a tag there is reported, not placed (the same answer here). */
    private static boolean insideTextBox(String xml, int at) {
        int last = xml.lastIndexOf("txbxContent", at);
        if (last < 0) {
            return false;
        }
        int tag = xml.lastIndexOf('<', last);
        return xml.charAt(tag + 1) != '/'; // the last text-box tag before the marker opens one
    }

    /** The marker's text element ({@code <w:t>\uE000N\uE000</w:t>}, as the renderer wrote it) becomes the drawing. */
    private static String replaceMarker(String xml, int id, String drawing) {
        String marker = marker(id);
        int at = xml.indexOf(marker);
        int start = xml.lastIndexOf('<', at);
        int end = xml.indexOf('>', at + marker.length()) + 1;
        String open = xml.substring(start + 1, xml.indexOf('>', start));
        String prefix = open.contains(":") ? open.substring(0, open.indexOf(':') + 1) : "";
        return xml.substring(0, start) + "<" + prefix + "drawing>" + drawing + "</" + prefix + "drawing>" + xml.substring(end);
    }

    /** The inline drawing POI's {@code createChart} writes; namespaces declared where used, whatever the root has. */
    private static String drawing(Chart chart, String relId, int index) {
        return "<wp:inline xmlns:wp=\"" + WP + "\" distT=\"0\" distR=\"0\" distB=\"0\" distL=\"0\"><wp:extent cx=\""
                + (long) chart.widthMm() * EMU_PER_MM + "\" cy=\"" + (long) chart.heightMm() * EMU_PER_MM + "\"/>"
                + "<wp:docPr id=\"" + index + "\" name=\"chart " + index + "\"/><a:graphic xmlns:a=\"" + ChartXml.A + "\">"
                + "<a:graphicData uri=\"" + ChartXml.C + "\"><c:chart xmlns:c=\"" + ChartXml.C + "\" xmlns:r=\"" + ChartXml.R
                + "\" r:id=\"" + relId + "\"/></a:graphicData></a:graphic></wp:inline>";
    }

    private static int nextRelId(String rels) {
        int max = 0;
        Matcher m = REL_ID.matcher(rels);
        while (m.find()) {
            max = Math.max(max, Integer.parseInt(m.group(1)));
        }
        return max + 1;
    }
}

package org.jianbao.template;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The workbook embedded beside a chart part, where Word's "edit data" looks: series names in row 1 (B1, C1 …),
 * categories in column A from row 2, one column of values per series, no cell for a missing value. Written as the
 * same SpreadsheetML parts POI's XDDF writes (one sheet "Sheet0", shared strings, one cell style), without
 * building an XSSF workbook per document.
 */
final class ChartWorkbook {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String OFFICE_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String DECL = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String DECL_STANDALONE = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";

    private ChartWorkbook() {
    }

    static byte[] of(Chart chart) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", DECL_STANDALONE + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default ContentType=\"application/vnd.openxmlformats-package.relationships+xml\" Extension=\"rels\"/>"
                + "<Default ContentType=\"application/xml\" Extension=\"xml\"/>"
                + override("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml")
                + override("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml")
                + override("/xl/sharedStrings.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml")
                + override("/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml")
                + override("/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")
                + override("/xl/worksheets/sheet1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml")
                + "</Types>");
        parts.put("_rels/.rels", DECL_STANDALONE + "<Relationships xmlns=\"" + RELS + "\">"
                + rel("rId1", "xl/workbook.xml", OFFICE_RELS + "/officeDocument")
                + rel("rId2", "docProps/app.xml", OFFICE_RELS + "/extended-properties")
                + rel("rId3", "docProps/core.xml", RELS + "/metadata/core-properties") + "</Relationships>");
        parts.put("docProps/app.xml", DECL + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "extended-properties\"><Application>Apache POI</Application></Properties>");
        parts.put("docProps/core.xml", DECL_STANDALONE + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/"
                + "metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dcterms:created xsi:type=\"dcterms:W3CDTF\">"
                + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "</dcterms:created><dc:creator>Apache POI</dc:creator>"
                + "</cp:coreProperties>");
        parts.put("xl/_rels/workbook.xml.rels", DECL_STANDALONE + "<Relationships xmlns=\"" + RELS + "\">"
                + rel("rId1", "sharedStrings.xml", OFFICE_RELS + "/sharedStrings")
                + rel("rId2", "styles.xml", OFFICE_RELS + "/styles")
                + rel("rId3", "worksheets/sheet1.xml", OFFICE_RELS + "/worksheet") + "</Relationships>");
        parts.put("xl/sharedStrings.xml", sharedStrings(chart));
        parts.put("xl/styles.xml", DECL + "<styleSheet xmlns=\"" + MAIN + "\"><numFmts count=\"0\"/><fonts count=\"1\"><font>"
                + "<sz val=\"11.0\"/><color indexed=\"8\"/><name val=\"Calibri\"/><family val=\"2\"/><scheme val=\"minor\"/></font>"
                + "</fonts><fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill"
                + " patternType=\"darkGray\"/></fill></fills><borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/>"
                + "</border></borders><cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>"
                + "</cellStyleXfs><cellXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                + "</cellXfs></styleSheet>");
        parts.put("xl/workbook.xml", DECL + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + OFFICE_RELS + "\"><workbookPr"
                + " date1904=\"false\"/><bookViews><workbookView activeTab=\"0\"/></bookViews><sheets><sheet name=\"Sheet0\""
                + " r:id=\"rId3\" sheetId=\"1\"/></sheets></workbook>");
        parts.put("xl/worksheets/sheet1.xml", sheet(chart));
        return zip(parts);
    }

    /** Series names first, then the categories (the order XDDF adds them in). */
    private static String sharedStrings(Chart chart) {
        List<String> categories = chart.categories();
        int series = chart.series().size();
        StringBuilder s = new StringBuilder(DECL).append("<sst count=\"").append(series + categories.size() * series)
                .append("\" uniqueCount=\"").append(series + categories.size()).append("\" xmlns=\"").append(MAIN).append("\">");
        chart.series().forEach(x -> si(x.name(), s));
        categories.forEach(c -> si(c, s));
        return s.append("</sst>").toString();
    }

    private static void si(String text, StringBuilder s) {
        s.append("<si><t>");
        ChartXml.text(text, s);
        s.append("</t></si>");
    }

    private static String sheet(Chart chart) {
        int n = chart.categories().size();
        int series = chart.series().size();
        StringBuilder s = new StringBuilder(DECL).append("<worksheet xmlns=\"").append(MAIN).append("\"><dimension ref=\"A1:")
                .append(ChartXml.column(series)).append(n + 1).append("\"/><sheetViews><sheetView workbookViewId=\"0\""
                        + " tabSelected=\"true\"/></sheetViews><sheetFormatPr defaultRowHeight=\"15.0\"/><sheetData><row r=\"1\">");
        for (int i = 0; i < series; i++) {
            s.append("<c r=\"").append(ChartXml.column(i + 1)).append("1\" t=\"s\" s=\"0\"><v>").append(i).append("</v></c>");
        }
        s.append("</row>");
        for (int k = 0; k < n; k++) {
            int row = k + 2;
            s.append("<row r=\"").append(row).append("\"><c r=\"A").append(row).append("\" t=\"s\" s=\"0\"><v>")
                    .append(series + k).append("</v></c>");
            for (int i = 0; i < series; i++) {
                Double v = chart.series().get(i).values().get(k);
                if (v != null) {
                    s.append("<c r=\"").append(ChartXml.column(i + 1)).append(row).append("\" t=\"n\" s=\"0\"><v>")
                            .append(ChartXml.number(v)).append("</v></c>");
                }
            }
            s.append("</row>");
        }
        return s.append("</sheetData><pageMargins bottom=\"0.75\" footer=\"0.3\" header=\"0.3\" left=\"0.7\" right=\"0.7\""
                + " top=\"0.75\"/></worksheet>").toString();
    }

    private static String override(String part, String type) {
        return "<Override ContentType=\"" + type + "\" PartName=\"" + part + "\"/>";
    }

    private static String rel(String id, String target, String type) {
        return "<Relationship Id=\"" + id + "\" Target=\"" + target + "\" Type=\"" + type + "\"/>";
    }

    private static byte[] zip(Map<String, String> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

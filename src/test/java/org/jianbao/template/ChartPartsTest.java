package org.jianbao.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jianbao.template.TestDocx.p;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * Charts of the body are written as XML by the engine ({@link ChartParts}); pictures still go through POI
 * ({@link MediaPlacer}), and so does a chart beside a picture. Both ways must give the same chart: the same chart
 * part, the same embedded workbook, the same drawing.
 */
class ChartPartsTest {

    private static final Chart BAR = new Chart(Chart.ChartType.BAR, "地区生产总值增速 <R&D>", List.of("1月", "2月", "3月"),
            List.of(new Chart.Series("本县", List.of(5.1, 6.3, 7.0)), new Chart.Series("全市", Arrays.asList(4.8, null, 6.1))),
            150, 80);
    private static final Chart LINE = new Chart(Chart.ChartType.LINE, null, List.of("1月", "2月", "3月", "4月"),
            List.of(new Chart.Series("本县", Arrays.asList(5.1, 6.3, null, null)), new Chart.Series("全市", Arrays.asList(4.8, null, 6.1, 6.25)),
                    new Chart.Series("全省", Arrays.asList(4.0, 4.1, 4.2, 4.3))), 150, 45, true);

    private static final String PICTURE_TAG = "{{@logo}}";

    @Test
    void aBarChartWithATitleIsTheChartPoiWrites() throws IOException {
        sameAsPoi(BAR);
    }

    @Test
    void aLineChartLabellingItsLastPointsIsTheChartPoiWrites() throws IOException {
        sameAsPoi(LINE);
    }

    @Test
    void aChartInATableCellIsPlacedAndReadBackByPoi() throws IOException {
        String table = "<w:tbl><w:tr><w:tc>" + p("{{@c}}") + "</w:tc></w:tr></w:tbl>";
        FilledDocument filled = DocxTemplate.compile(TestDocx.body(p("前") + table + p("后")), "t.docx")
                .fill(Map.of("c", Map.of("type", "line", "categories", List.of("一季度", "二季度"),
                        "series", List.of(Map.of("name", "增速", "values", List.of(4.25, 5.5))))));
        XWPFDocument doc = TestDocx.reopen(filled.toBytes());
        assertThat(doc.getCharts()).hasSize(1);
        assertThat(doc.getCharts().get(0).getChartSeries().get(0).getSeries(0).getValuesData().getPointAt(1)).isEqualTo(5.5);
        assertThat(new String(TestZip.entry(filled.toBytes(), "word/document.xml"), StandardCharsets.UTF_8))
                .contains("<w:drawing>").doesNotContain("\uE000");
    }

    @Test
    void aChartInATextBoxIsRefusedAsBeforeAndOneAfterATextBoxIsPlaced() {
        String textBox = "<w:p><w:r><w:pict><v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\"><v:textbox><w:txbxContent>"
                + p("框{{x}}") + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>";
        String inside = textBox.replace("框{{x}}", "{{@c}}");
        assertThatThrownBy(() -> DocxTemplate.compile(TestDocx.body(inside), "t.docx").fill(Map.of("c", BAR)))
                .isInstanceOfSatisfying(TemplateException.class, e -> assertThat(e.problems())
                        .extracting(TemplateProblem::id).containsExactly("media.unplaced"));

        FilledDocument after = DocxTemplate.compile(TestDocx.body(textBox + p("{{@c}}")), "t.docx")
                .fill(Map.of("c", BAR, "x", "字"));
        assertThat(TestDocx.reopen(after.toBytes()).getCharts()).hasSize(1);
    }

    /** The same template, filled once with the chart alone (XML) and once beside a picture (POI places both). */
    private static void sameAsPoi(Chart chart) throws IOException {
        DocxTemplate template = DocxTemplate.compile(TestDocx.body(p("图1") + p("{{@c}}") + p("注：{{@logo}}")), "t.docx");
        DocxTemplate chartOnly = DocxTemplate.compile(TestDocx.body(p("图1") + p("{{@c}}") + p("注：")), "t.docx");
        byte[] viaPoi = template.fill(Map.of("c", chart, "logo", Picture.of(MediaTest.image("png", 20, 10)))).toBytes();
        byte[] viaXml = chartOnly.fill(Map.of("c", chart)).toBytes();

        assertThat(text(viaXml, "word/charts/chart1.xml")).isEqualTo(text(viaPoi, "word/charts/chart1.xml"));
        assertThat(text(viaXml, "word/charts/_rels/chart1.xml.rels")).isEqualTo(text(viaPoi, "word/charts/_rels/chart1.xml.rels"));
        byte[] workbookXml = TestZip.entry(viaXml, "word/embeddings/Microsoft_Excel_Worksheet1.xlsx");
        byte[] workbookPoi = TestZip.entry(viaPoi, "word/embeddings/Microsoft_Excel_Worksheet1.xlsx");
        for (String part : List.of("xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml",
                "xl/_rels/workbook.xml.rels", "_rels/.rels", "[Content_Types].xml", "docProps/app.xml")) {
            assertThat(text(workbookXml, part)).as(part).isEqualTo(text(workbookPoi, part));
        }
        assertThat(cells(workbookXml)).isEqualTo(cells(workbookPoi)).contains("本县");

        XWPFDocument xml = TestDocx.reopen(viaXml);
        XWPFDocument poi = TestDocx.reopen(viaPoi);
        assertThat(xml.getCharts()).hasSize(1);
        XWPFChart a = xml.getCharts().get(0);
        XWPFChart b = poi.getCharts().get(0);
        assertThat(a.getCTChart().xmlText()).isEqualTo(b.getCTChart().xmlText());
        var inlineXml = xml.getParagraphs().get(1).getRuns().get(0).getCTR().getDrawingArray(0).getInlineArray(0);
        var inlinePoi = poi.getParagraphs().get(1).getRuns().get(0).getCTR().getDrawingArray(0).getInlineArray(0);
        assertThat(inlineXml.getExtent().getCx()).isEqualTo(inlinePoi.getExtent().getCx()).isEqualTo(chart.widthMm() * 36_000L);
        assertThat(inlineXml.getExtent().getCy()).isEqualTo(inlinePoi.getExtent().getCy());
        assertThat(xml.getParagraphs().get(1).getText()).isEqualTo(poi.getParagraphs().get(1).getText()).isEmpty();
    }

    private static String text(byte[] zip, String entry) {
        return new String(TestZip.entry(zip, entry), StandardCharsets.UTF_8);
    }

    private static String cells(byte[] xlsx) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            StringBuilder s = new StringBuilder();
            Sheet sheet = wb.getSheetAt(0);
            s.append(wb.getSheetName(0)).append('\n');
            for (Row row : sheet) {
                row.forEach(c -> s.append(c.getAddress()).append('=').append(c).append(' '));
                s.append('\n');
            }
            return s.toString();
        }
    }
}

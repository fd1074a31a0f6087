package org.jianbao.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jianbao.office.WordFiles;
import org.junit.jupiter.api.Test;

/**
 * The chart types Word makes besides columns and lines — pie, area, scatter, horizontal bars — drawn with their
 * text (title, axis labels, legend), from the corpus files LibreOffice Writer saved; and the automatic axis scale.
 */
class ChartTypesTest {

    private static final DocxPdfRenderer RENDERER = new DocxPdfRenderer(FontLibrary.create(null));

    private static String text(String corpusFile) throws Exception {
        Path file = Path.of(ChartTypesTest.class.getResource("/corpus/" + corpusFile).toURI());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument doc = WordFiles.open(file)) {
            PdfRenderResult r = RENDERER.render(doc, out);
            assertThat(r.warnings()).as(corpusFile).noneMatch(w -> w.contains("chart"));
        }
        return PdfText.squeeze(String.join("\n", PdfText.pages(out.toByteArray())));
    }

    @Test
    void aPieNamesEachSliceInItsLegendAndHasNoAxis() throws Exception {
        String text = text("chart-pie.docx");
        assertThat(text).contains("投资结构占比", "工业", "基础设施", "民生", "其他").doesNotContain("0.2", "1.0");
    }

    @Test
    void anAreaChartHasItsValueAxisCategoriesAndLegend() throws Exception {
        assertThat(text("chart-area.docx")).contains("累计新增就业人数", "18", "16", "一季度", "四季度", "东区", "西区");
    }

    @Test
    void aScatterChartLabelsBothValueAxes() throws Exception {
        // x from 10 to 25 (no zero: LibreOffice and Word start an x axis near the data), y from 0 to 9
        String text = text("chart-scatter.docx");
        assertThat(text).contains("投资与增长的关系", "增长率", "8", "26", "24");
        assertThat(text.indexOf("26")).isPositive();
    }

    @Test
    void horizontalBarsListTheirCategoriesDownTheSide() throws Exception {
        String all = text("chart-horizontal-bar.docx");
        String text = all.substring(all.indexOf("各区固定资产投资"));
        // the first category at the bottom: read top-down, 四季度 comes first
        assertThat(text.indexOf("四季度")).isNotNegative().isLessThan(text.indexOf("一季度"));
        assertThat(text).contains("各区固定资产投资（亿元）", "18", "东区", "西区");
    }

    @Test
    void theAutomaticScaleUsesAtMostTenStepsAndLeavesRoomAboveTheData() {
        assertThat(ChartPainter.Scale.of(new double[] {9.2, 16.8}, true)).isEqualTo(new ChartPainter.Scale(0, 18, 2));
        assertThat(ChartPainter.Scale.of(new double[] {3.1, 7.9}, true)).isEqualTo(new ChartPainter.Scale(0, 9, 1));
        assertThat(ChartPainter.Scale.of(new double[] {10, 25}, false)).isEqualTo(new ChartPainter.Scale(8, 26, 2));
        assertThat(ChartPainter.Scale.of(new double[] {-3, 5}, true).ticks()).contains(0.0);
    }
}

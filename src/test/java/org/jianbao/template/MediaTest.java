package org.jianbao.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jianbao.template.TestDocx.p;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaTest {

    static byte[] image(String format, int w, int h) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, format, out);
        return out.toByteArray();
    }

    private static DocxTemplate template(String body) {
        return DocxTemplate.compile(TestDocx.body(body), "t.docx");
    }

    @Test
    void pictureFromBytesWithSizeInMm() throws IOException {
        byte[] png = image("png", 200, 100);
        byte[] docx = template(p("图：{{@logo}}")).fill(Map.of("logo", Picture.of(png).sizeMm(40, 20))).toBytes();
        XWPFDocument doc = TestDocx.reopen(docx);
        List<XWPFPicture> pictures = doc.getParagraphs().get(0).getRuns().stream().flatMap(r -> r.getEmbeddedPictures().stream()).toList();
        assertThat(pictures).hasSize(1);
        assertThat(pictures.get(0).getPictureData().getData()).isEqualTo(png);
        assertThat(pictures.get(0).getWidth()).isCloseTo(40 * 36000 / 12700.0, org.assertj.core.data.Offset.offset(1.0));
        assertThat(doc.getParagraphs().get(0).getText()).startsWith("图：");
    }

    @Test
    void pictureFromAFilePathFitsTheCellWidthKeepingItsAspectRatio(@TempDir Path dir) throws IOException {
        Path jpeg = dir.resolve("photo.jpg");
        Files.write(jpeg, image("jpeg", 3000, 1500));
        String table = "<w:tbl><w:tr><w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr>" + p("{{@photo}}") + "</w:tc></w:tr></w:tbl>";
        XWPFDocument doc = TestDocx.reopen(template(table).fill(Map.of("photo", jpeg.toString())).toBytes());
        XWPFPicture pic = doc.getTables().get(0).getRow(0).getCell(0).getParagraphs().get(0).getRuns().get(0).getEmbeddedPictures().get(0);
        long widthEmu = pic.getCTPicture().getSpPr().getXfrm().getExt().getCx();
        long heightEmu = pic.getCTPicture().getSpPr().getXfrm().getExt().getCy();
        assertThat(widthEmu).isEqualTo((2000 - 216) * 635L);
        assertThat(heightEmu).isEqualTo(widthEmu / 2);
    }

    @Test
    void badPictureIsAnErrorNamingTheTag() {
        assertThatThrownBy(() -> template(p("{{@logo}}")).fill(Map.of("logo", Picture.of(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9}))))
                .isInstanceOf(TemplateException.class).hasMessageContaining("{{@logo}}: the picture is neither PNG nor JPEG");
    }

    @Test
    void barChartIsNativeWithCachedValues() {
        Chart chart = new Chart(Chart.ChartType.BAR, "地区生产总值增速", List.of("1月", "2月", "3月"),
                List.of(new Chart.Series("本县", List.of(5.1, 6.3, 7.0)), new Chart.Series("全市", Arrays.asList(4.8, null, 6.1))),
                150, 80);
        FilledDocument filled = template(p("{{@gdp}}") + p("后文{{x}}")).fill(Map.of("gdp", chart, "x", "完"));
        byte[] docx = filled.toBytes();
        XWPFDocument doc = TestDocx.reopen(docx);
        assertThat(doc.getCharts()).hasSize(1);
        assertThat(doc.getParagraphs().get(1).getText()).isEqualTo("后文完");
        String chartXml = new String(TestZip.entry(docx, "word/charts/chart1.xml"), StandardCharsets.UTF_8);
        assertThat(chartXml).contains("<c:barChart>").contains("<c:numCache>").contains("<c:strCache>")
                .contains("<c:v>6.3</c:v>").contains("<c:v>7.0</c:v>").contains("<c:v>1月</c:v>")
                .contains("<c:v>本县</c:v>").contains("<c:v>全市</c:v>").contains("地区生产总值增速");
        String documentXml = new String(TestZip.entry(docx, "word/document.xml"), StandardCharsets.UTF_8);
        assertThat(documentXml).contains("drawingml/2006/chart").doesNotContain("\uE000");
    }

    @Test
    void lineChartFromPlainDataAsJsonGivesIt() {
        Map<String, Object> chart = Map.of("type", "line", "categories", List.of("一季度", "二季度"),
                "series", List.of(Map.of("name", "增速", "values", List.of(3.5, 4.25))));
        byte[] docx = template(p("{{@trend}}")).fill(Map.of("trend", chart)).toBytes();
        String chartXml = new String(TestZip.entry(docx, "word/charts/chart1.xml"), StandardCharsets.UTF_8);
        assertThat(chartXml).contains("<c:lineChart>").contains("<c:v>4.25</c:v>").contains("<c:v>二季度</c:v>");
    }

    @Test
    void aFigureWrittenAsTextIsDrawnNotLeftAsAGap() {
        Map<String, Object> chart = Map.of("type", "line", "categories", List.of("1月", "2月", "3月", "4月", "5月"),
                "series", List.of(Map.of("name", "增速", "values", java.util.Arrays.asList("5.1", "６.２", "7.3%", "—", null))),
                "widthMm", "120");
        byte[] docx = template(p("{{@trend}}")).fill(Map.of("trend", chart)).toBytes();
        String chartXml = new String(TestZip.entry(docx, "word/charts/chart1.xml"), StandardCharsets.UTF_8);
        assertThat(chartXml).contains("<c:v>5.1</c:v>").contains("<c:v>6.2</c:v>").contains("<c:v>7.3</c:v>")
                .contains("<c:ptCount val=\"5\"/>");
    }

    @Test
    void textThatIsNoFigureIsRefusedByName() {
        Map<String, Object> chart = Map.of("type", "bar", "categories", List.of("1月"),
                "series", List.of(Map.of("name", "增速", "values", List.of("约五"))));
        assertThatThrownBy(() -> template(p("{{@trend}}")).fill(Map.of("trend", chart)))
                .hasMessageContaining("chart series \"增速\": value \"约五\" is not a number");
    }

    @Test
    void pictureInATextBoxIsRefusedRatherThanLeftAsAMarker() throws IOException {
        String textBox = "<w:p><w:r><w:pict><v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\"><v:textbox><w:txbxContent>"
                + p("{{@logo}}") + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>";
        assertThatThrownBy(() -> template(textBox).fill(Map.of("logo", Picture.of(image("png", 10, 10)))))
                .isInstanceOf(TemplateException.class).hasMessageContaining("{{@logo}} stands where pictures");
    }

    @Test
    void pictureInAHeader() throws IOException {
        byte[] docx = TestDocx.withHeader(p("正文"), p("{{@logo}}"));
        byte[] out = DocxTemplate.compile(docx, "t.docx").fill(Map.of("logo", Picture.of(image("png", 10, 10)))).toBytes();
        XWPFDocument doc = TestDocx.reopen(out);
        assertThat(doc.getHeaderList().get(0).getAllPictures()).hasSize(1);
    }
}

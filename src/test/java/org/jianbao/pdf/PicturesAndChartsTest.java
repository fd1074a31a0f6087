package org.jianbao.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

class PicturesAndChartsTest {

    private final DocxPdfRenderer renderer = new DocxPdfRenderer(FontLibrary.create(null));

    static XWPFDocument withPictureAndCharts() throws Exception {
        XWPFDocument doc = TestDocuments.a4(true, TestDocuments.BODY_FONT, 32);
        TestDocuments.body(doc, "图1为工业增加值走势。");
        BufferedImage image = new BufferedImage(120, 60, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 120, 60);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        XWPFParagraph p = doc.createParagraph();
        p.createRun().addPicture(new ByteArrayInputStream(png.toByteArray()), PictureType.PNG, "red.png",
                Units.toEMU(120), Units.toEMU(60));
        chart(doc, ChartTypes.BAR, "规上工业增加值增速（%）", "增速");
        chart(doc, ChartTypes.LINE, "固定资产投资增速（%）", "投资");
        TestDocuments.body(doc, "以上数据来源于县统计局。");
        return doc;
    }

    private static void chart(XWPFDocument doc, ChartTypes type, String title, String seriesName) throws Exception {
        XWPFParagraph p = doc.createParagraph();
        XWPFChart chart = doc.createChart(p.createRun(), Units.toEMU(400), Units.toEMU(220));
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        String[] months = {"1月", "2月", "3月", "4月", "5月"};
        XDDFChartData data = chart.createData(type, x, y);
        XDDFChartData.Series series = data.addSeries(XDDFDataSourcesFactory.fromArray(months),
                XDDFDataSourcesFactory.fromArray(new Double[] {5.1, 6.3, 7.0, 6.8, 8.1}));
        series.setTitle(seriesName, null);
        if (data instanceof XDDFBarChartData bar) {
            bar.setBarDirection(BarDirection.COL);
        }
        chart.plot(data);
    }

    @Test
    void picturesAreDrawnAtTheirSizeAndChartsFromTheirCachedValues() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRenderResult result = renderer.render(TestDocuments.reload(withPictureAndCharts()), out);
        assertThat(result.warnings()).isEmpty();
        // kept for looking at: target/pdf-test-output/charts.pdf
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/pdf-test-output"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/pdf-test-output/charts.pdf"), out.toByteArray());
        String text = PdfText.squeeze(String.join("", PdfText.pages(out.toByteArray())));
        assertThat(text).contains("图1为工业增加值走势。", "规上工业增加值增速（%）", "固定资产投资增速（%）", "1月", "5月",
                "增速", "投资", "以上数据来源于县统计局。");
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            var resources = pdf.getPage(0).getResources();
            List<PDImageXObject> images = new java.util.ArrayList<>();
            for (var name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject img) {
                    images.add(img);
                }
            }
            assertThat(images).hasSize(1);
            assertThat(images.get(0).getWidth()).isEqualTo(120);
        }
    }
}

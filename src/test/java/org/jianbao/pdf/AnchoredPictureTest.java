package org.jianbao.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetGraphicsStateParameters;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.util.Matrix;
import org.jianbao.office.WordFiles;
import org.jianbao.testing.RawDocx;
import org.junit.jupiter.api.Test;

/** Pictures anchored in front of or behind the text (a seal over the signature, a certificate's background). */
class AnchoredPictureTest {

    /** x, y (from the page top), width, height of every image drawn on page 1. */
    static List<float[]> images(byte[] pdf) throws Exception {
        List<float[]> found = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            float pageHeight = doc.getPage(0).getMediaBox().getHeight();
            PDFStreamEngine engine = new PDFStreamEngine() {
                {
                    addOperator(new Concatenate(this));
                    addOperator(new DrawObject(this));
                    addOperator(new SetGraphicsStateParameters(this));
                    addOperator(new Save(this));
                    addOperator(new Restore(this));
                    addOperator(new SetMatrix(this));
                }

                @Override
                protected void processOperator(Operator operator, List<COSBase> operands) throws java.io.IOException {
                    if ("Do".equals(operator.getName())) {
                        Matrix m = getGraphicsState().getCurrentTransformationMatrix();
                        found.add(new float[] {m.getTranslateX(), pageHeight - m.getTranslateY() - m.getScaleY(),
                                m.getScaleX(), m.getScaleY()});
                    }
                    super.processOperator(operator, operands);
                }
            };
            engine.processPage(doc.getPage(0));
        }
        return found;
    }

    private static String anchor(String attrs, String wrap, String h, String v) {
        return "<w:r><w:drawing><wp:anchor xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
                + " distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\" simplePos=\"0\" relativeHeight=\"2\" locked=\"0\""
                + " layoutInCell=\"1\" allowOverlap=\"1\" " + attrs + "><wp:simplePos x=\"0\" y=\"0\"/>" + h + v
                + "<wp:extent cx=\"1270000\" cy=\"1270000\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/>" + wrap
                + "<wp:docPr id=\"1\" name=\"Picture 1\"/><wp:cNvGraphicFramePr/>"
                + "<a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">"
                + "<a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
                + "<pic:pic xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
                + "<pic:nvPicPr><pic:cNvPr id=\"0\" name=\"seal.png\"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill>"
                + "<a:blip r:embed=\"rIdImg\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>"
                + "<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"1270000\" cy=\"1270000\"/></a:xfrm>"
                + "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>"
                + "</wp:anchor></w:drawing></w:r>";
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static byte[] render(String body) throws Exception {
        RawDocx d = new RawDocx().body(body + "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
                + "<w:pgMar w:top=\"1440\" w:right=\"1440\" w:bottom=\"1440\" w:left=\"1800\" w:header=\"720\" w:footer=\"720\"/></w:sectPr>")
                .entry("word/media/seal.png", png()).danglingRel("image", "rIdImg", "media/seal.png");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AnyValidDocxTest.RENDERER.render(WordFiles.open(d.bytes(), "seal.docx"), out);
        return out.toByteArray();
    }

    @Test
    void aSealInFrontOfTextStandsAtItsOffsetAndTakesNoRoomInTheLine() throws Exception {
        String seal = anchor("behindDoc=\"0\"", "<wp:wrapNone/>",
                "<wp:positionH relativeFrom=\"column\"><wp:posOffset>2540000</wp:posOffset></wp:positionH>",
                "<wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>-635000</wp:posOffset></wp:positionV>");
        byte[] with = render(RawDocx.p("正文第一段") + "<w:p><w:r><w:t>示范区党政办公室</w:t></w:r>" + seal + "</w:p>"
                + RawDocx.p("之后的段落"));
        byte[] without = render(RawDocx.p("正文第一段") + RawDocx.p("示范区党政办公室") + RawDocx.p("之后的段落"));
        List<float[]> images = images(with);
        assertThat(images).hasSize(1);
        float[] img = images.get(0);
        assertThat(img[2]).isCloseTo(100f, org.assertj.core.data.Offset.offset(0.5f)); // 1,270,000 EMU = 100 pt
        assertThat(img[0]).isCloseTo(90f + 200f, org.assertj.core.data.Offset.offset(0.5f)); // left margin + 200 pt
        // the text does not move: the picture is not in the line
        assertThat(PdfText.glyphs(with, 1).stream().map(PdfText.Glyph::y).toList())
                .isEqualTo(PdfText.glyphs(without, 1).stream().map(PdfText.Glyph::y).toList());
        float lineTop = PdfText.glyphs(with, 1).stream().filter(g -> g.text().equals("示")).findFirst().orElseThrow().y();
        // 50 pt above its paragraph's first line (the glyph's y is its baseline: within a line of it)
        assertThat(img[1]).isBetween(lineTop - 50f - 20f, lineTop - 50f + 2f);
    }

    @Test
    void aBackgroundBehindTextIsPlacedOnThePageUnderTheText() throws Exception {
        String background = anchor("behindDoc=\"1\"", "<wp:wrapNone/>",
                "<wp:positionH relativeFrom=\"page\"><wp:align>center</wp:align></wp:positionH>",
                "<wp:positionV relativeFrom=\"page\"><wp:posOffset>127000</wp:posOffset></wp:positionV>");
        byte[] pdf = render("<w:p>" + background + "<w:r><w:t>荣誉证书</w:t></w:r></w:p>");
        List<float[]> images = images(pdf);
        assertThat(images).hasSize(1);
        assertThat(images.get(0)[0]).isCloseTo((595.3f - 100f) / 2, org.assertj.core.data.Offset.offset(0.5f));
        assertThat(images.get(0)[1]).isCloseTo(10f, org.assertj.core.data.Offset.offset(0.5f));
        assertThat(String.join("", PdfText.pages(pdf))).contains("荣誉证书");
    }
}

package org.jianbao.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jianbao.office.WordFiles;
import org.junit.jupiter.api.Test;

/**
 * Text boxes and pictures that text wraps around, at their anchor position, from the corpus files LibreOffice
 * Writer saved: square wrap narrows the lines beside the shape, top-and-bottom wrap moves the text below it.
 * Pages are A4 with margins of 2.8 cm (left) and 2.6 cm (right); the shapes stand at the column's right edge.
 */
class AnchoredShapesTest {

    private static final DocxPdfRenderer RENDERER = new DocxPdfRenderer(FontLibrary.create(null));
    private static final float RIGHT_EDGE = 595.3f - 2.6f * 72 / 2.54f;

    private static byte[] render(String corpusFile, List<String> warnings) throws Exception {
        Path file = Path.of(AnchoredShapesTest.class.getResource("/corpus/" + corpusFile).toURI());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument doc = WordFiles.open(file)) {
            warnings.addAll(RENDERER.render(doc, out).warnings());
        }
        return out.toByteArray();
    }

    /** Each text line of page 1 (by baseline) → the right end of its last glyph. */
    private static TreeMap<Float, Float> lineEnds(byte[] pdf) {
        TreeMap<Float, Float> ends = new TreeMap<>();
        for (PdfText.Glyph g : PdfText.glyphs(pdf, 1)) {
            ends.merge((float) Math.round(g.y()), g.x(), Math::max);
        }
        return ends;
    }

    @Test
    void linesBesideASquareWrappedPictureEndBeforeIt() throws Exception {
        List<String> warnings = new java.util.ArrayList<>();
        TreeMap<Float, Float> ends = lineEnds(render("picture-square.docx", warnings));
        float pictureLeft = RIGHT_EDGE - 5 * 72 / 2.54f; // 5 cm wide
        List<Float> rights = List.copyOf(ends.values());
        // the picture is 3.33 cm high: the first lines stop short of it, later ones run to the margin
        assertThat(rights.subList(0, 4)).allMatch(x -> x < pictureLeft);
        assertThat(rights.subList(8, 12)).anyMatch(x -> x > pictureLeft + 40);
        assertThat(warnings).noneMatch(w -> w.contains("inline"));
    }

    @Test
    void aTextBoxStandsAtItsPlaceAndTheTextFlowsBesideIt() throws Exception {
        List<String> warnings = new java.util.ArrayList<>();
        byte[] pdf = render("text-box.docx", warnings);
        // 6 cm wide, right-aligned with its 0.2 cm wrap distance inside the column (as LibreOffice places it)
        float boxLeft = RIGHT_EDGE - 6.2f * 72 / 2.54f - 0.5f;
        List<PdfText.Glyph> glyphs = PdfText.glyphs(pdf, 1);
        PdfText.Glyph boxStart = glyphs.stream().filter(g -> g.text().equals("框")).findFirst().orElseThrow();
        PdfText.Glyph bodyStart = glyphs.stream().filter(g -> g.text().equals("今")).findFirst().orElseThrow();
        // the box's first line level with the paragraph's first line, at the right; the body stops before it
        assertThat(boxStart.x()).isGreaterThan(boxLeft);
        assertThat(Math.abs(boxStart.y() - bodyStart.y())).isLessThan(12);
        Map<Float, Float> ends = lineEnds(pdf);
        long besideBox = glyphs.stream().filter(g -> g.x() < boxLeft && g.y() < boxStart.y() + 60)
                .filter(g -> g.x() > boxLeft - 10).count();
        assertThat(besideBox).as("body glyphs running into the box").isZero();
        assertThat(ends.values()).anyMatch(x -> x > boxLeft + 40); // below the box, lines are full width again
    }

    @Test
    void textMovesBelowATopAndBottomPicture() throws Exception {
        byte[] pdf = render("picture-topbottom.docx", new java.util.ArrayList<>());
        List<Float> baselines = List.copyOf(lineEnds(pdf).keySet());
        // 4 cm (113 pt) of picture between the first paragraph (two lines) and the anchor paragraph's text
        assertThat(baselines.get(2) - baselines.get(1)).isGreaterThan(113);
    }
}

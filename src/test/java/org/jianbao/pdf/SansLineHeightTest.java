package org.jianbao.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.TreeSet;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The decision on "25 against 26 sans rows per page" (docs/notes/pdf.md): the jar's 思源黑体 is drawn with the line
 * metrics of 思源黑体 as installed (Source Han Sans / Noto Sans CJK OTF: 1160 + 288 units, what Word and LibreOffice
 * give it), not with the 500-unit line gap its TrueType conversion declares: a single-spaced 10 pt line is 14.48 pt,
 * not 15 pt. {@link LibreOfficeComparisonTest}'s sans long table holds LibreOffice's rows per page with it.
 */
class SansLineHeightTest {

    @Test
    void aSingleSpacedLineOfTheJarsSansFaceIsAsHighAsTheInstalledFaces() {
        FontLibrary fonts = FontLibrary.create(null);
        Assumptions.assumeTrue(fonts.resolve("黑体", false).face().source().startsWith("classpath:"),
                "黑体 is served by a real font here, not by the jar's face");
        XWPFDocument doc = TestDocuments.a4(false, "黑体", 20);
        XWPFParagraph p = doc.createParagraph();
        TestDocuments.run(p, "示范区坚持稳中求进工作总基调扎实推进高质量发展".repeat(12), "黑体", 20, false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxPdfRenderer(fonts).render(TestDocuments.reload(doc), out);
        TreeSet<Float> baselines = new TreeSet<>();
        for (PdfText.Glyph g : PdfText.glyphs(out.toByteArray(), 1)) {
            baselines.add((float) Math.round(g.y() * 10) / 10);
        }
        List<Float> ys = List.copyOf(baselines);
        assertThat(ys).hasSizeGreaterThan(4);
        for (int i = 1; i < ys.size(); i++) {
            assertThat(ys.get(i) - ys.get(i - 1)).isCloseTo(14.48f, within(0.1f));
        }
    }
}

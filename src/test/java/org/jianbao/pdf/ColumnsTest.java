package org.jianbao.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jianbao.office.WordFiles;
import org.junit.jupiter.api.Test;

/**
 * Newspaper columns (w:cols), from the corpus file LibreOffice Writer saved: a paragraph, a continuous section in
 * two columns 0.8 cm apart, a paragraph. The columns fill left to right and end level, as Word (and LibreOffice)
 * balance a section that a continuous one follows; the last paragraph starts below both.
 */
class ColumnsTest {

    // A4, margins 2.8 cm / 2.6 cm: a 15.6 cm column split into two of 7.4 cm with a 0.8 cm gap
    private static final float LEFT = 2.8f * 72 / 2.54f;
    private static final float COLUMN = 7.4f * 72 / 2.54f;
    private static final float GAP = 0.8f * 72 / 2.54f;

    @Test
    void aTwoColumnSectionFillsBothColumnsLevelAndTheTextAfterItStartsBelow() throws Exception {
        Path file = Path.of(getClass().getResource("/corpus/columns-two.docx").toURI());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> warnings;
        try (XWPFDocument doc = WordFiles.open(file)) {
            warnings = new DocxPdfRenderer(FontLibrary.create(null)).render(doc, out).warnings();
        }
        // per baseline (rounded to 3 pt, fonts differ by a fraction): text in the left column, the right one, the gap
        List<PdfText.Glyph> glyphs = PdfText.glyphs(out.toByteArray(), 1);
        Map<Float, boolean[]> lines = new TreeMap<>();
        for (PdfText.Glyph g : glyphs) {
            boolean[] where = lines.computeIfAbsent((float) Math.round(g.y() / 3) * 3, k -> new boolean[3]);
            float x = g.x() - LEFT;
            where[x < COLUMN - 1 ? 0 : x > COLUMN + GAP - 1 ? 1 : 2] = true;
        }
        List<Float> twoColumn = new ArrayList<>();
        for (var e : lines.entrySet()) {
            if (e.getValue()[0] && e.getValue()[1] && !e.getValue()[2]) {
                twoColumn.add(e.getKey());
            }
        }
        assertThat(twoColumn).as("lines with text in both columns and none in the gap").hasSizeGreaterThan(8);
        float top = twoColumn.get(0) - 2;
        float end = twoColumn.get(twoColumn.size() - 1) + 22; // a column may hold one line more than the other
        float lowestLeft = 0;
        float lowestRight = 0;
        for (PdfText.Glyph g : glyphs) {
            float x = g.x() - LEFT;
            boolean inColumns = g.y() > top && g.y() < end && !lines.get((float) Math.round(g.y() / 3) * 3)[2];
            if (inColumns && x < COLUMN - 1) {
                lowestLeft = Math.max(lowestLeft, g.y());
            } else if (inColumns && x > COLUMN + GAP - 1) {
                lowestRight = Math.max(lowestRight, g.y());
            }
        }
        // level: the columns end within a line of each other; the text after them starts below both
        assertThat(Math.abs(lowestLeft - lowestRight)).isLessThan(22);
        float below = Math.max(lowestLeft, lowestRight);
        assertThat(lines.entrySet().stream().filter(e -> e.getKey() > below && e.getValue()[2]))
                .as("the paragraph after the columns, across the gap, below them").isNotEmpty();
        assertThat(warnings).noneMatch(w -> w.contains("column"));
    }
}

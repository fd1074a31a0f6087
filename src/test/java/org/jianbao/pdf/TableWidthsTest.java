package org.jianbao.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jianbao.office.WordFiles;
import org.junit.jupiter.api.Test;

/**
 * Column widths as Word computes them, on raw .docx files whose grid, table width and cell widths disagree as in
 * real Word files ({@code src/test/resources/tables}, written by {@code make-tables.py} there). A4 with 2.54 cm
 * margins: the text area starts at x = 72 and is 451.3 pt wide; cells have 5.4 pt margins and a left-aligned
 * table hangs out by one, so a column's text starts where the column starts.
 */
class TableWidthsTest {

    private static final DocxPdfRenderer RENDERER = new DocxPdfRenderer(FontLibrary.create(null));
    private static final float LEFT = 72f;

    static byte[] render(String name) throws Exception {
        Path file = Path.of(TableWidthsTest.class.getResource("/tables/" + name + ".docx").toURI());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument doc = WordFiles.open(file)) {
            RENDERER.render(doc, out);
        }
        return out.toByteArray();
    }

    /** The first glyph drawn on page 1 that is {@code text}. */
    private static PdfText.Glyph first(byte[] pdf, String text) {
        return PdfText.glyphs(pdf, 1).stream().filter(g -> g.text().equals(text)).findFirst().orElseThrow();
    }

    private static List<PdfText.Glyph> glyphs(byte[] pdf, Predicate<PdfText.Glyph> which) {
        return PdfText.glyphs(pdf, 1).stream().filter(which).toList();
    }

    @Test
    void anAutofitTableWithAStaleGridTakesItsCellsWidths() throws Exception {
        // grid 1000/1000/7000 twips, every cell 3000: three equal columns of 150 pt, not 50/50/350
        byte[] pdf = render("stale-grid");
        float firstRow = first(pdf, "1").y();
        List<Float> starts = glyphs(pdf, g -> g.text().equals("围") && Math.abs(g.y() - firstRow) < 2).stream()
                .map(PdfText.Glyph::x).sorted().toList();
        assertThat(starts).hasSize(3); // after "1．" in the first column, then at the start of the others
        assertThat(starts.get(1)).isCloseTo(LEFT + 150, within(1f));
        assertThat(starts.get(2)).isCloseTo(LEFT + 300, within(1f));
        // 24 rows of three chinese sentences in 139 pt columns: 3 pages (LibreOffice, keeping the grid: 9)
        assertThat(PdfText.pages(pdf)).hasSize(3);
    }

    @Test
    void aTableHalfTheTextAreaWideWrapsInHalfTheWidth() throws Exception {
        // tblW 50 %, cells 50 % of the table each, a grid written for the whole width
        byte[] pdf = render("pct-width");
        float right = LEFT + 451.3f / 2;
        assertThat(glyphs(pdf, g -> g.y() > 80 && g.y() < 700).stream().map(PdfText.Glyph::x))
                .allMatch(x -> x < right);
        PdfText.Glyph second = glyphs(pdf, g -> g.text().equals("围") && g.x() > LEFT + 50).get(0);
        assertThat(second.x()).isCloseTo(LEFT + 451.3f / 4, within(1f));
    }

    @Test
    void aLongLatinWordWidensItsAutoColumnInsteadOfBreaking() throws Exception {
        // tblW and tcW auto, grid 1200/1200/6600: "Pneumonoultramicroscopicsilicovolcanoconiosis" (about 290 pt)
        byte[] pdf = render("auto-long-word");
        float firstRow = first(pdf, "P").y();
        List<PdfText.Glyph> word = glyphs(pdf, g -> g.y() == firstRow && g.x() < 370);
        assertThat(word.stream().map(PdfText.Glyph::text).reduce("", String::concat)).as("the word on one line")
                .isEqualTo("Pneumonoultramicroscopicsilicovolcanoconiosis");
        float wordEnd = word.get(word.size() - 1).x();
        PdfText.Glyph shortStart = glyphs(pdf, g -> g.text().equals("s") && g.y() == firstRow && g.x() > wordEnd)
                .get(0);
        assertThat(shortStart.x()).as("the next column starts after the word").isGreaterThan(wordEnd + 5);
        // the Chinese column gives way but keeps at least a character per line, inside the text area
        assertThat(PdfText.glyphs(pdf, 1).stream().map(PdfText.Glyph::x)).allMatch(x -> x < LEFT + 451.3f);
    }

    @Test
    void aTableWithoutAGridTakesItsCellsWidths() throws Exception {
        // no tblGrid; cells 2000/5000/2000 twips
        byte[] pdf = render("no-grid");
        assertThat(first(pdf, "围").x()).isCloseTo(LEFT + 100, within(1f));
        assertThat(first(pdf, "乙").x()).isCloseTo(LEFT + 350, within(1f));
    }

    @Test
    void aTableWithoutAnyWidthFitsItsContent() throws Exception {
        // no grid, no tblW, no tcW: the short columns keep their text on one line, the long one takes the rest
        byte[] pdf = render("no-widths");
        List<PdfText.Glyph> label = glyphs(pdf, g -> "甲乙丙".contains(g.text()));
        assertThat(label.stream().map(g -> Math.round(g.y())).distinct()).as("one line per row").hasSize(3);
        float secondColumn = first(pdf, "围").x();
        assertThat(secondColumn).isCloseTo(LEFT + 36 + 10.8f, within(1f));
        // the table is as wide as the text area (hanging out by the cell margin, as every left-aligned table)
        PdfText.Glyph last = first(pdf, "丁");
        assertThat(last.x() + 12).isCloseTo(LEFT + 451.3f - 10.8f, within(1f));
    }

    @Test
    void cellsAcrossColumnsAndSkippedGridColumnsFollowTheCellsWidths() throws Exception {
        // grid 3000×3 (stale), a title row across all three, rows of 1500/1500/6000, gridBefore 1 (wBefore 1500)
        // then a cell across two columns, two cells then gridAfter 1 (wAfter 6000)
        byte[] pdf = render("grid-span");
        assertThat(first(pdf, "进").x()).isCloseTo(LEFT + 75, within(1f));
        assertThat(glyphs(pdf, g -> g.text().equals("围")).stream().map(PdfText.Glyph::x))
                .anySatisfy(x -> assertThat(x).isCloseTo(LEFT + 150, within(1f)));
        assertThat(first(pdf, "前").x()).as("the cell after gridBefore").isCloseTo(LEFT + 75, within(1f));
        assertThat(first(pdf, "右").x()).as("the second cell before gridAfter").isCloseTo(LEFT + 75, within(1f));
    }
}

package org.jianbao.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class DocxPdfRendererTest {

    private static final FontLibrary FONTS = FontLibrary.create(null);
    private final DocxPdfRenderer renderer = new DocxPdfRenderer(FONTS);

    private byte[] render(XWPFDocument doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRenderResult result = renderer.render(TestDocuments.reload(doc), out);
        assertThat(result.pages()).isPositive();
        return out.toByteArray();
    }

    @Test
    void briefingIsA4WithAllItsTextAndOfficialPageNumbers() {
        byte[] pdf = render(TestDocuments.briefing());
        List<String> pages = PdfText.pages(pdf);
        assertThat(pages).hasSize(3);
        float[] size = PdfText.pageSize(pdf, 1);
        assertThat(Math.round(size[0])).isEqualTo(595);
        assertThat(Math.round(size[1])).isEqualTo(842);
        String all = PdfText.squeeze(String.join("", pages));
        assertThat(all).contains("城关县工作进展简报", "第5期", "一、总体情况", "128.6亿元", "（一）工业经济稳中向好",
                "力争全年新增入规企业25家以上。");
        for (int p = 1; p <= 3; p++) {
            assertThat(PdfText.squeeze(pages.get(p - 1))).endsWith("—" + p + "—");
            // the page number: right on odd pages, left on even pages (below the text block)
            String digit = Integer.toString(p);
            PdfText.Glyph number = PdfText.glyphs(pdf, p).stream()
                    .filter(g -> g.text().equals(digit) && g.y() > 842 - 99)
                    .findFirst().orElseThrow();
            if (p % 2 == 1) {
                assertThat(number.x()).as("page %d number x", p).isGreaterThan(450);
            } else {
                assertThat(number.x()).as("page %d number x", p).isLessThan(140);
            }
        }
    }

    @Test
    void firstPageFooterOmitsTheNumberAndLaterPagesCount() {
        XWPFDocument doc = TestDocuments.a4(true, TestDocuments.BODY_FONT, 32);
        for (int i = 0; i < 12; i++) {
            TestDocuments.body(doc, TestDocuments.BODY.get(i % TestDocuments.BODY.size()));
        }
        TestDocuments.pageNumberFooter(doc.createFooter(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT),
                org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER);
        doc.createFooter(org.apache.poi.wp.usermodel.HeaderFooterType.FIRST).createParagraph();
        var sect = doc.getDocument().getBody().getSectPr();
        if (!sect.isSetTitlePg()) {
            sect.addNewTitlePg();
        }
        List<String> pages = PdfText.pages(render(doc)).stream().map(PdfText::squeeze).toList();
        assertThat(pages).hasSizeGreaterThanOrEqualTo(2);
        assertThat(pages.get(0)).doesNotContain("—1—");
        assertThat(pages.get(1)).endsWith("—2—");
    }

    @Test
    void aHeadingThatWouldEndThePageMovesToTheNextWithItsParagraph() {
        XWPFDocument doc = TestDocuments.a4(true, TestDocuments.BODY_FONT, 32);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 26 + 20 * 28; i++) {
            text.append((char) ('一' + i % 300));
        }
        TestDocuments.body(doc, text.toString()); // exactly 21 of the page's 22 lines
        TestDocuments.heading(doc, "二、下一步工作", "黑体");
        TestDocuments.body(doc, TestDocuments.BODY.get(7));
        List<String> pages = PdfText.pages(render(doc)).stream().map(PdfText::squeeze).toList();
        assertThat(pages).hasSize(2);
        assertThat(pages.get(0)).doesNotContain("下一步工作");
        assertThat(pages.get(1)).startsWith("二、下一步工作");
    }

    @Test
    void gridPutsTheFirstBaselineWhereLibreOfficeDoes() {
        // the classpath's Noto Sans SC by its own name: the geometry is measured with that font's ascent, whatever
        // serif face this machine has for 仿宋
        XWPFDocument doc = TestDocuments.a4(true, "思源黑体", 32);
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(org.apache.poi.xwpf.usermodel.ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(640);
        TestDocuments.run(p, "今年以来全县经济运行总体平稳。", "思源黑体", 32, true);
        byte[] pdf = render(doc);
        PdfText.Glyph first = PdfText.glyphs(pdf, 1).get(0);
        // LAYOUT.md's rule, measured in LibreOffice: top margin 2098 twips + grid offset 9 twips + (pitch 579 − line
        // height)/2 + ascent; 思源黑体 as installed at 16 pt: line 1.448 em = 463.4 twips, ascent 1.16 em = 371.2 twips
        // → 2536 twips = 126.8 pt from the page top
        assertThat(first.y()).isCloseTo(126.8f, org.assertj.core.data.Offset.offset(0.2f));
    }

    @Test
    void gridPageHolds22LinesOf28Characters() {
        XWPFDocument doc = TestDocuments.a4(true, TestDocuments.BODY_FONT, 32);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 30 * 28; i++) {
            text.append((char) ('一' + i % 300));
        }
        XWPFParagraph p = TestDocuments.body(doc, text.toString());
        p.setIndentationFirstLine(0);
        byte[] pdf = render(doc);
        List<String> lines = PdfText.pages(pdf).get(0).lines().filter(l -> !l.isBlank()).toList();
        assertThat(lines).hasSize(22);
        assertThat(lines.get(0).strip()).hasSize(28);
    }

    @Test
    void tableWithMergedCellsContinuesOnTheNextPageWithItsHeaderRow() {
        byte[] pdf = render(TestDocuments.mergedTableAcrossPages());
        List<String> pages = PdfText.pages(pdf);
        assertThat(pages).hasSize(2);
        String first = PdfText.squeeze(pages.get(0));
        String second = PdfText.squeeze(pages.get(1));
        assertThat(first).contains("类别任务时限", "重点任务", "任务事项第1项");
        assertThat(second).startsWith("类别任务时限").contains("任务事项第15项", "合计共十五项任务");
        assertThat(second).doesNotContain("重点任务");
        // each task once, on one page or the other
        for (int i = 1; i <= 15; i++) {
            String task = "任务事项第" + i + "项";
            assertThat(first.contains(task) ^ second.contains(task)).as(task).isTrue();
        }
    }

    @Test
    void longTableRowsBreakAcrossPagesAndTheHeaderRowIsRepeated() {
        byte[] pdf = render(TestDocuments.taskTable());
        List<String> pages = PdfText.pages(pdf).stream().map(PdfText::squeeze).toList();
        assertThat(pages.size()).isGreaterThanOrEqualTo(3);
        // a task's text starts at the bottom of one page and ends at the top of the next, inside the same row
        boolean brokenRow = false;
        for (int p = 0; p + 1 < pages.size(); p++) {
            for (String task : TestDocuments.BODY) {
                String head = task.substring(0, 12);
                String tail = task.substring(task.length() - 8);
                if (pages.get(p).contains(head) && !pages.get(p).contains(tail) && pages.get(p + 1).contains(tail)) {
                    brokenRow = true;
                    assertThat(pages.get(p + 1)).as("continuation page").contains("任务牵头单位责任单位时限");
                }
            }
        }
        assertThat(brokenRow).isTrue();
    }

    @Test
    void characterMissingFromTheChosenFontComesFromAFallbackFont() {
        Assumptions.assumeTrue(FONTS.faces().stream().anyMatch(f -> f.names().contains("dejavu serif")),
                "needs DejaVu Serif installed as a font without CJK glyphs");
        XWPFDocument doc = TestDocuments.a4(false, "DejaVu Serif", 24);
        XWPFParagraph p = doc.createParagraph();
        TestDocuments.run(p, "Total 合计 128.6", "DejaVu Serif", 24, false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRenderResult result = renderer.render(TestDocuments.reload(doc), out);
        assertThat(result.pages()).isEqualTo(1);
        assertThat(PdfText.squeeze(PdfText.pages(out.toByteArray()).get(0))).isEqualTo("Total合计128.6");
        assertThat(PdfText.fonts(out.toByteArray()))
                .anyMatch(f -> f.contains("DejaVuSerif")).anyMatch(f -> f.contains("NotoSans"))
                .allMatch(f -> f.matches("[A-Z]{6}\\+.* embedded"));
    }

    @Test
    void characterNoFontHasFailsNamingIt() {
        XWPFDocument doc = TestDocuments.a4(false, TestDocuments.BODY_FONT, 24);
        TestDocuments.body(doc, "未分配字符\u0378在此");
        assertThatThrownBy(() -> renderer.render(TestDocuments.reload(doc), new ByteArrayOutputStream()))
                .isInstanceOf(MissingGlyphException.class)
                .hasMessageContaining("U+0378");
    }

    @Test
    void substitutionsAreReported() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRenderResult result = renderer.render(TestDocuments.reload(TestDocuments.briefing()), out);
        boolean realFangSong = FONTS.faces().stream().anyMatch(f -> f.fileName().equals("simfang.ttf"));
        if (!realFangSong) {
            assertThat(result.substitutions()).anyMatch(r -> r.requested().equals("仿宋_GB2312") && r.substituted());
        }
        assertThat(FONTS.resolutions()).extracting(FontResolution::requested).contains("仿宋_GB2312", "黑体", "楷体_GB2312");
    }

    @Test
    void fontsInTheConfiguredFolderAreFoundByFileName(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        try (var in = getClass().getClassLoader().getResourceAsStream(FontLibrary.CLASSPATH_DIR + "思源黑体正常_0.ttf")) {
            Files.copy(in, dir.resolve("simfang.ttf"));
        }
        FontLibrary library = FontLibrary.create(dir);
        ResolvedFont fangsong = library.resolve("仿宋_GB2312", false);
        assertThat(fangsong.resolution().substituted()).isFalse();
        assertThat(fangsong.resolution().source()).endsWith("simfang.ttf");
    }

    @Test
    void aOneLineRowIsNeverTornAcrossAPage() {
        // digits and Chinese give the cells of a row slightly different line heights: at a page end one cell's
        // line used to fit and stay while its neighbours moved on (LibreOffice moves the whole row)
        byte[] pdf = render(TestDocuments.longTable(false, 21));
        List<String> pages = PdfText.pages(pdf);
        assertThat(pages.size()).isGreaterThan(5);
        for (String page : pages) {
            long projects = page.lines().filter(l -> l.contains("建设工程")).count();
            long units = page.lines().filter(l -> l.contains("县发展改革局")).count();
            assertThat(units).as(page.substring(0, Math.min(80, page.length()))).isEqualTo(projects);
        }
    }
}

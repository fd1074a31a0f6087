package org.jianbao.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.jianbao.office.WordFiles;
import org.jianbao.testing.RawDocx;
import org.junit.jupiter.api.Test;

/**
 * Text Word prints that the renderer must not lose: content controls, tracked insertions (and not deletions),
 * hyperlinks, fields' results, notes, text boxes; odd characters left out with a warning, not a refusal.
 */
class VanishingConstructsTest {

    private static final String W = RawDocx.W;

    record Rendered(String text, List<String> warnings, byte[] pdf) {
    }

    private static Rendered render(RawDocx docx) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRenderResult result = AnyValidDocxTest.RENDERER.render(WordFiles.open(docx.bytes(), "c.docx"), out);
        String text = String.join("\n", PdfText.pages(out.toByteArray())).replaceAll("\\s+", "");
        return new Rendered(text, result.warnings(), out.toByteArray());
    }

    private static Rendered render(String body) {
        return render(new RawDocx().body(body));
    }

    private static String r(String text) {
        return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
    }

    @Test
    void contentControlsInTheBodyInAParagraphAndInACellKeepTheirText() {
        String body = "<w:sdt><w:sdtPr><w:alias w:val=\"标题\"/></w:sdtPr><w:sdtContent>" + RawDocx.p("块级控件文字")
                + "</w:sdtContent></w:sdt>"
                + "<w:p>" + r("前") + "<w:sdt><w:sdtContent>" + r("行内控件") + "</w:sdtContent></w:sdt>" + r("后") + "</w:p>"
                + "<w:tbl><w:tblGrid><w:gridCol w:w=\"4000\"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w=\"4000\"/></w:tcPr>"
                + "<w:sdt><w:sdtContent>" + RawDocx.p("单元格控件") + "</w:sdtContent></w:sdt></w:tc></w:tr></w:tbl>";
        assertThat(render(body).text()).contains("块级控件文字", "前行内控件后", "单元格控件");
    }

    @Test
    void trackedInsertionsAndMovesArePrintedDeletionsAreNot() {
        String body = "<w:p>" + r("原文") + "<w:ins w:id=\"1\" w:author=\"a\">" + r("新增") + "</w:ins>"
                + "<w:del w:id=\"2\" w:author=\"a\"><w:r><w:delText>删除</w:delText></w:r></w:del>"
                + "<w:moveFrom w:id=\"3\" w:author=\"a\">" + r("移走") + "</w:moveFrom>"
                + "<w:moveTo w:id=\"4\" w:author=\"a\">" + r("移来") + "</w:moveTo></w:p>"
                + "<w:tbl><w:tblGrid><w:gridCol w:w=\"4000\"/></w:tblGrid>"
                + "<w:tr><w:tc>" + RawDocx.p("保留行") + "</w:tc></w:tr>"
                + "<w:tr><w:trPr><w:del w:id=\"5\" w:author=\"a\"/></w:trPr><w:tc>" + RawDocx.p("删除行") + "</w:tc></w:tr></w:tbl>";
        String text = render(body).text();
        assertThat(text).contains("原文新增移来", "保留行").doesNotContain("删除", "移走");
    }

    @Test
    void hyperlinksAndFieldResultsKeepTheirText() {
        String body = "<w:p><w:hyperlink w:anchor=\"x\">" + r("链接文字") + "</w:hyperlink></w:p>"
                + "<w:p>" + r("日期：") + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> DATE \\@ \"yyyy年M月d日\" </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + r("2026年12月2日") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>"
                + "<w:p><w:fldSimple w:instr=\" REF _Ref1 \\h \">" + r("见第三部分") + "</w:fldSimple></w:p>";
        assertThat(render(body).text()).contains("链接文字", "日期：2026年12月2日", "见第三部分");
    }

    @Test
    void aTableOfContentsShowsItsEntriesDotLeadersAndPageNumbers() {
        String tocPara = "<w:pPr><w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"8300\"/></w:tabs></w:pPr>";
        String body = "<w:p>" + tocPara + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> TOC \\o \"1-3\" \\h </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:hyperlink w:anchor=\"_Toc1\">" + r("一、总体情况")
                + "<w:r><w:tab/></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGEREF _Toc1 \\h </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + r("3") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:hyperlink></w:p>"
                + "<w:p>" + tocPara + r("二、主要任务") + "<w:r><w:tab/></w:r>" + r("7") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>";
        String text = render(body).text();
        assertThat(text).contains("一、总体情况", "二、主要任务").containsPattern("总体情况\\.{20,}3").containsPattern("主要任务\\.{20,}7");
    }

    @Test
    void aFootnoteStandsAtTheFootOfItsPageUnderASeparatorAndAnEndnoteFollowsTheText() {
        RawDocx d = new RawDocx().body("<w:p>" + r("正文") + "<w:r><w:footnoteReference w:id=\"1\"/></w:r>" + r("继续")
                + "<w:r><w:endnoteReference w:id=\"1\"/></w:r></w:p>")
                .part("footnotes", "rIdFn", "footnotes.xml", "footnotes+xml", "<w:footnotes xmlns:w=\"" + W + "\">"
                        + "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
                        + "<w:footnote w:id=\"1\"><w:p><w:r><w:footnoteRef/></w:r>" + r("脚注内容") + "</w:p></w:footnote></w:footnotes>")
                .part("endnotes", "rIdEn", "endnotes.xml", "endnotes+xml", "<w:endnotes xmlns:w=\"" + W + "\">"
                        + "<w:endnote w:id=\"1\"><w:p><w:r><w:endnoteRef/></w:r>" + r("尾注内容") + "</w:p></w:endnote></w:endnotes>");
        Rendered rendered = render(d);
        assertThat(rendered.text()).contains("正文1继续i", "1脚注内容", "i尾注内容");
        List<PdfText.Glyph> glyphs = PdfText.glyphs(rendered.pdf(), 1);
        float body = y(glyphs, "继");
        float endnote = y(glyphs, "尾");
        float footnote = y(glyphs, "脚");
        float pageHeight = PdfText.pageSize(rendered.pdf(), 1)[1];
        // the endnote right after the text; the footnote near the foot of the page, far below both
        assertThat(endnote).isGreaterThan(body).isLessThan(body + 60);
        assertThat(footnote).isGreaterThan(pageHeight / 2).isGreaterThan(endnote + 300);
        assertThat(rendered.warnings()).noneMatch(w -> w.contains("footnote"));
    }

    private static float y(List<PdfText.Glyph> glyphs, String text) {
        return glyphs.stream().filter(g -> g.text().equals(text)).findFirst().orElseThrow().y();
    }

    @Test
    void footnotesGoToThePageOfTheirReference() throws Exception {
        // the corpus file LibreOffice wrote: eight footnotes over two pages
        java.nio.file.Path file = java.nio.file.Path.of(getClass().getResource("/corpus/footnotes.docx").toURI());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AnyValidDocxTest.RENDERER.render(WordFiles.open(file), out);
        List<String> pages = PdfText.pages(out.toByteArray());
        assertThat(pages).hasSize(2);
        for (String page : pages) {
            // each page holds the footnotes referenced on it (before: all of them after the text, on page 2)
            assertThat(page).contains("注：");
        }
        long notesOnPage1 = pages.get(0).chars().filter(c -> c == '注').count();
        assertThat(notesOnPage1).isBetween(2L, 7L);
    }

    @Test
    void textBoxesKeepTheirTextWithAWarning() {
        String wps = "<w:p>" + r("锚点") + "<w:r><w:drawing><wp:anchor xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\">"
                + "<wp:extent cx=\"1000000\" cy=\"500000\"/><a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">"
                + "<a:graphicData><wps:wsp xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:txbx>"
                + "<w:txbxContent>" + RawDocx.p("文本框文字") + "</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic>"
                + "</wp:anchor></w:drawing></w:r></w:p>";
        String vml = "<w:p><w:r><w:pict><v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\"><v:textbox><w:txbxContent>"
                + RawDocx.p("旧式文本框") + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>";
        Rendered rendered = render(wps + vml + RawDocx.p("其后"));
        assertThat(rendered.text()).contains("锚点", "文本框文字", "旧式文本框", "其后");
        assertThat(rendered.text().indexOf("文本框文字")).isLessThan(rendered.text().indexOf("其后"));
        assertThat(rendered.warnings()).anyMatch(w -> w.contains("text boxes"));
    }

    @Test
    void controlAndUnknownPrivateUseCharactersAreLeftOutWithAWarning() {
        // U+10FFFD: private use (plane 16) that no font has; the BMP private-use area is in some CJK fonts
        Rendered rendered = render(RawDocx.p("前\u0085中\uDBFF\uDFFD后"));
        assertThat(rendered.text()).contains("前中后");
        assertThat(rendered.warnings()).anyMatch(w -> w.contains("U+0085")).anyMatch(w -> w.contains("U+10FFFD"));
    }

    @Test
    void symbolFontCharactersAreTheirUnicodeCharacters() {
        String body = "<w:p>" + r("勾选") + "<w:r><w:sym w:font=\"Wingdings\" w:char=\"F0FC\"/></w:r>"
                + "<w:r><w:sym w:font=\"Symbol\" w:char=\"F0B3\"/></w:r>"
                + "<w:r><w:rPr><w:rFonts w:ascii=\"Symbol\" w:hAnsi=\"Symbol\"/></w:rPr><w:t>\uF061</w:t></w:r></w:p>";
        assertThat(render(body).text()).contains("勾选✓≥α");
    }

    @Test
    void warningsAreReturnedPerDocument() {
        List<String> first = new ArrayList<>(render(RawDocx.p("前\u0085后")).warnings());
        List<String> second = render(RawDocx.p("干净的文档")).warnings();
        assertThat(first).isNotEmpty();
        assertThat(second).isEmpty();
    }

    @Test
    void whatIsStillNotRenderedIsNamedInAWarning() {
        String body = "<w:p>" + r("注音") + "<w:r><w:ruby><w:rubyPr/><w:rt><w:r><w:t>zhù</w:t></w:r></w:rt>"
                + "<w:rubyBase><w:r><w:t>注</w:t></w:r></w:rubyBase></w:ruby></w:r></w:p>"
                + "<w:altChunk r:id=\"rIdChunk\"/>"
                + "<w:p><m:oMath xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\"/></w:p>";
        Rendered rendered = render(body);
        assertThat(rendered.text()).contains("注音注").doesNotContain("zhù");
        assertThat(rendered.warnings()).anyMatch(w -> w.contains("ruby")).anyMatch(w -> w.contains("altChunk"))
                .anyMatch(w -> w.contains("equations"));
    }
}

package org.jianbao.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jianbao.template.TestDocx.p;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;

/** Tags as Word stores them: split over runs with proofing marks, bookmarks, rsids and field characters between. */
class SplitRunTest {

    private static final Map<String, Object> DATA = Map.of("unit", Map.of("name", "青山县"), "year", 2026);

    @Test
    void tagSplitOverThreeRunsWithProofErrAndBookmarkTakesTheFirstRunsFormatting() {
        String xml = "<w:p w:rsidR=\"00A1B2C3\">"
                + "<w:r w:rsidR=\"00A1\"><w:rPr><w:b/><w:sz w:val=\"32\"/></w:rPr><w:t xml:space=\"preserve\">关于{{un</w:t></w:r>"
                + "<w:proofErr w:type=\"spellStart\"/>"
                + "<w:r w:rsidR=\"00B2\"><w:rPr><w:i/></w:rPr><w:t>it.</w:t></w:r>"
                + "<w:bookmarkStart w:id=\"0\" w:name=\"_GoBack\"/>"
                + "<w:r w:rsidR=\"00C3\"><w:rPr><w:u w:val=\"single\"/></w:rPr><w:lastRenderedPageBreak/><w:t xml:space=\"preserve\">name}}的报告</w:t></w:r>"
                + "<w:bookmarkEnd w:id=\"0\"/><w:proofErr w:type=\"spellEnd\"/>"
                + "<w:r w:rsidR=\"00D4\"><w:rPr><w:color w:val=\"FF0000\"/></w:rPr><w:t>（{{year}}年）</w:t></w:r>"
                + "</w:p>";
        XWPFDocument doc = TestDocx.reopen(DocxTemplate.compile(TestDocx.body(xml), "t.docx").fill(DATA).toBytes());

        XWPFParagraph p = doc.getParagraphs().get(0);
        assertThat(p.getText()).isEqualTo("关于青山县的报告（2026年）");
        XWPFRun value = runWithText(p, "青山县");
        assertThat(value.isBold()).isTrue();
        assertThat(value.getFontSizeAsDouble()).isEqualTo(16.0);
        assertThat(value.isItalic()).isFalse();
        assertThat(runWithText(p, "关于").isBold()).isTrue();
        XWPFRun after = runWithText(p, "的报告");
        assertThat(after.getUnderline().name()).isEqualTo("SINGLE");
        assertThat(after.isBold()).isFalse();
        assertThat(runWithText(p, "2026").getColor()).isEqualTo("FF0000");
    }

    @Test
    void runsOutsideTagsKeepTheirXml() {
        String untouched = "<w:r w:rsidR=\"00E5\"><w:rPr><w:rFonts w:ascii=\"仿宋_GB2312\" w:eastAsia=\"仿宋_GB2312\"/><w:spacing w:val=\"10\"/></w:rPr><w:t>不动的文字</w:t></w:r>";
        String xml = "<w:p>" + untouched + "<w:r><w:t>{{unit.name}}</w:t></w:r></w:p>";
        FilledDocument filled = DocxTemplate.compile(TestDocx.body(xml), "t.docx").fill(DATA);
        String documentXml = new String(TestZip.entry(filled.toBytes(), "word/document.xml"), StandardCharsets.UTF_8);
        assertThat(documentXml).contains(untouched.replace("<w:r w:rsidR=\"00E5\">", "<w:r w:rsidR=\"00E5\">"));
        assertThat(documentXml).contains("青山县");
    }

    @Test
    void fieldCharactersAndInstructionTextBetweenRunsAreIgnored() {
        String xml = "<w:p><w:r><w:t>{{unit</w:t></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
                + "<w:r><w:t>.name}}</w:t></w:r></w:p>";
        XWPFDocument doc = TestDocx.reopen(DocxTemplate.compile(TestDocx.body(xml), "t.docx").fill(DATA).toBytes());
        assertThat(doc.getParagraphs().get(0).getText()).contains("青山县").doesNotContain("{{");
    }

    @Test
    void tagInsideAHyperlinkAndSmartTagIsFound() {
        String xml = "<w:p><w:hyperlink w:anchor=\"a\"><w:r><w:t>{{unit.</w:t></w:r></w:hyperlink>"
                + "<w:r><w:t>name}}</w:t></w:r></w:p>";
        XWPFDocument doc = TestDocx.reopen(DocxTemplate.compile(TestDocx.body(xml), "t.docx").fill(DATA).toBytes());
        assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("青山县");
    }

    @Test
    void tagInAHeaderIsFilled() {
        byte[] docx = TestDocx.withHeader(p("正文"),
                "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>{{unit.</w:t></w:r><w:proofErr w:type=\"gramStart\"/><w:r><w:t>name}}简报</w:t></w:r></w:p>");
        DocxTemplate template = DocxTemplate.compile(docx, "t.docx");
        assertThat(template.check().tags()).singleElement()
                .satisfies(t -> assertThat(t.location().part()).isEqualTo(TagLocation.Part.HEADER));
        XWPFDocument doc = TestDocx.reopen(template.fill(DATA).toBytes());
        XWPFParagraph header = doc.getHeaderList().get(0).getParagraphs().get(0);
        assertThat(header.getText()).isEqualTo("青山县简报");
        assertThat(runWithText(header, "青山县").isBold()).isTrue();
    }

    @Test
    void multiLineValuesBecomeLineBreaksAndSpecialCharactersAreEscaped() {
        FilledDocument filled = DocxTemplate.compile(TestDocx.body(p("{{x}}")), "t.docx")
                .fill(Map.of("x", "第一行 <a> & b\n第二行"));
        XWPFDocument doc = TestDocx.reopen(filled.toBytes());
        assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("第一行 <a> & b\n第二行");
    }

    @Test
    void tagsInsideATextBoxAreFilled() {
        String textBox = "<w:p><w:r><w:t>外</w:t></w:r><w:r><w:pict><v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\"><v:textbox>"
                + "<w:txbxContent><w:p><w:r><w:t>{{unit.name}}</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>";
        FilledDocument filled = DocxTemplate.compile(TestDocx.body(textBox), "t.docx").fill(DATA);
        String xml = new String(TestZip.entry(filled.toBytes(), "word/document.xml"), StandardCharsets.UTF_8);
        assertThat(xml).contains("青山县").doesNotContain("{{");
    }

    @Test
    void fullWidthBracesFromAChineseInputMethodWork() {
        FilledDocument filled = DocxTemplate.compile(TestDocx.body(p("单位：｛｛unit.name｝｝，｛注｝")), "t.docx").fill(DATA);
        assertThat(filled.document().getParagraphs().get(0).getText()).isEqualTo("单位：青山县，｛注｝");
    }

    static XWPFRun runWithText(XWPFParagraph p, String text) {
        List<XWPFRun> runs = p.getRuns();
        return runs.stream().filter(r -> r.text().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no run with " + text + " in " + runs));
    }
}

package org.jianbao.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.jianbao.office.WordFiles;
import org.jianbao.testing.RawDocx;
import org.junit.jupiter.api.Test;

/** Word's automatic numbering (w:numPr + numbering.xml) drawn as Word shows it. */
class ListNumberingTest {

    private static final String NUMBERING = ""
            // 0: the official outline: 一、 / （一） / 1. / （1）
            + "<w:abstractNum w:abstractNumId=\"0\">"
            + lvl(0, "chineseCounting", "%1、", 1, 640, 640)
            + lvl(1, "chineseCounting", "（%2）", 1, 640, 640)
            + lvl(2, "decimal", "%3.", 1, 640, 320)
            + lvl(3, "decimal", "（%4）", 1, 640, 320)
            + "</w:abstractNum>"
            // 1: bullets in the Symbol and Wingdings fonts, as Word writes them
            + "<w:abstractNum w:abstractNumId=\"1\">"
            + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\uF0B7\"/>"
            + "<w:pPr><w:ind w:left=\"420\" w:hanging=\"420\"/></w:pPr><w:rPr><w:rFonts w:ascii=\"Symbol\" w:hAnsi=\"Symbol\"/></w:rPr></w:lvl>"
            + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\uF0FC\"/>"
            + "<w:pPr><w:ind w:left=\"840\" w:hanging=\"420\"/></w:pPr><w:rPr><w:rFonts w:ascii=\"Wingdings\" w:hAnsi=\"Wingdings\"/></w:rPr></w:lvl>"
            + "</w:abstractNum>"
            + "<w:abstractNum w:abstractNumId=\"2\">" + lvl(0, "ideographTraditional", "%1、", 1, 0, 0) + "</w:abstractNum>"
            + "<w:abstractNum w:abstractNumId=\"3\">" + lvl(0, "decimal", "（%1）", 1, 0, 0) + "</w:abstractNum>"
            + "<w:abstractNum w:abstractNumId=\"4\">" + lvl(0, "decimal", "%1.", 1, 0, 0)
            + lvl(1, "decimal", "%1.%2", 1, 0, 0) + "</w:abstractNum>"
            + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
            + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>"
            // 3: a second instance of list 0 that restarts it (Word's "Restart at 1")
            + "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>"
            // 4: a second instance of list 0 without override: continues it
            + "<w:num w:numId=\"4\"><w:abstractNumId w:val=\"0\"/></w:num>"
            + "<w:num w:numId=\"5\"><w:abstractNumId w:val=\"2\"/></w:num>"
            + "<w:num w:numId=\"6\"><w:abstractNumId w:val=\"3\"/></w:num>"
            + "<w:num w:numId=\"7\"><w:abstractNumId w:val=\"4\"/></w:num>";

    private static String lvl(int ilvl, String fmt, String text, int start, int left, int hanging) {
        return "<w:lvl w:ilvl=\"" + ilvl + "\"><w:start w:val=\"" + start + "\"/><w:numFmt w:val=\"" + fmt + "\"/>"
                + "<w:lvlText w:val=\"" + text + "\"/><w:lvlJc w:val=\"left\"/>"
                + "<w:pPr><w:ind w:left=\"" + left + "\" w:hanging=\"" + hanging + "\"/></w:pPr></w:lvl>";
    }

    private static String item(int numId, int ilvl, String text) {
        return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" + ilvl + "\"/><w:numId w:val=\"" + numId + "\"/></w:numPr></w:pPr>"
                + "<w:r><w:t>" + text + "</w:t></w:r></w:p>";
    }

    private static byte[] render(String body, List<String> warnings) {
        byte[] docx = new RawDocx().body(body).numbering(NUMBERING).bytes();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRenderResult result = AnyValidDocxTest.RENDERER.render(WordFiles.open(docx, "lists.docx"), out);
        warnings.addAll(result.warnings());
        return out.toByteArray();
    }

    private static List<String> lines(byte[] pdf) {
        // the gap after a number (tab, space) is position, not text: compared without blanks
        return PdfText.pages(pdf).get(0).lines().map(l -> l.replaceAll("\\s+", "")).filter(l -> !l.isEmpty()).toList();
    }

    @Test
    void officialOutlineNumbersCountAndRestartAsInWord() {
        String body = item(1, 0, "总体要求") + item(1, 1, "经济运行") + item(1, 1, "项目建设") + item(1, 2, "开工")
                + item(1, 3, "细项") + item(1, 0, "主要任务") + item(1, 1, "改革") + item(4, 0, "继续编号")
                + item(3, 0, "重新编号") + item(5, 0, "甲项") + item(5, 0, "乙项") + item(6, 0, "括号") + item(6, 0, "括号二")
                + item(7, 0, "章") + item(7, 1, "节") + item(7, 1, "节二");
        List<String> lines = lines(render(body, new java.util.ArrayList<>()));
        assertThat(lines).containsExactly("一、总体要求", "（一）经济运行", "（二）项目建设", "1.开工", "（1）细项",
                "二、主要任务", "（一）改革", "三、继续编号", "一、重新编号", "甲、甲项", "乙、乙项", "（1）括号", "（2）括号二",
                "1.章", "1.1节", "1.2节二");
    }

    @Test
    void theTabAfterTheNumberGoesToTheHangingIndent() {
        byte[] pdf = render(item(1, 0, "总体要求"), new java.util.ArrayList<>());
        List<PdfText.Glyph> glyphs = PdfText.glyphs(pdf, 1);
        PdfText.Glyph number = glyphs.stream().filter(g -> g.text().equals("一")).findFirst().orElseThrow();
        PdfText.Glyph text = glyphs.stream().filter(g -> g.text().equals("总")).findFirst().orElseThrow();
        // ind left 640 twips = 32 pt, hanging 640: number at the margin, text 32 pt to its right
        assertThat(text.x() - number.x()).isCloseTo(32f, org.assertj.core.data.Offset.offset(0.6f));
    }

    @Test
    void symbolAndWingdingsBulletsAreTheirUnicodeCharacters() {
        List<String> warnings = new java.util.ArrayList<>();
        List<String> lines = lines(render(item(2, 0, "要点") + item(2, 1, "已完成"), warnings));
        assertThat(lines).containsExactly("•要点", "✓已完成");
        assertThat(String.join("", lines)).doesNotContain("\uF0B7", "\uF0FC", "·");
    }

    @Test
    void aListThatNumberingDoesNotDefineIsWarnedNotSilent() {
        List<String> warnings = new java.util.ArrayList<>();
        render(item(42, 0, "正文"), warnings);
        assertThat(warnings).anyMatch(w -> w.contains("list 42"));
    }
}

package org.jianbao.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/**
 * Widow and orphan control (w:widowControl) on a three-line paragraph that would split two lines + one: moving
 * one line would leave a single line behind, so the whole paragraph moves (Word and LibreOffice do; found in the
 * corpus file gbt-grid, where LibreOffice's page 1 ended two lines earlier than ours).
 */
class WidowControlTest {

    @Test
    void aThreeLineParagraphThatWouldSplitTwoPlusOneMovesWhole() {
        XWPFDocument doc = TestDocuments.a4(true, TestDocuments.BODY_FONT, 32); // the GB/T grid: 22 lines a page
        for (int i = 0; i < 20; i++) {
            TestDocuments.body(doc, "第" + (i + 1) + "段。");
        }
        XWPFParagraph three = TestDocuments.body(doc, "三行段落开始" + "示范区坚持稳中求进工作总基调扎实推进".repeat(3) + "三行段落结束。");
        three.getCTP().getPPr().addNewWidowControl();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxPdfRenderer(FontLibrary.create(null)).render(TestDocuments.reload(doc), out);
        List<String> pages = PdfText.pages(out.toByteArray());
        assertThat(pages).hasSize(2);
        assertThat(pages.get(0)).contains("第20段").doesNotContain("三行段落开始");
        assertThat(pages.get(1).replaceAll("\\s+", "")).startsWith("三行段落开始").contains("三行段落结束");
    }
}

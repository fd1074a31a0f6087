package org.jianbao.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jianbao.office.WordFiles;
import org.jianbao.testing.RawDocx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A valid .docx renders whatever optional parts its producer left out. The documents are raw zips: POI's
 * {@code new XWPFDocument()} always writes settings, styles and the rest, so it cannot make these files.
 */
class AnyValidDocxTest {

    static final DocxPdfRenderer RENDERER = new DocxPdfRenderer(FontLibrary.create(null));

    private static final String SECT = "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdHdr\"/>"
            + "<w:footerReference w:type=\"even\" r:id=\"rIdFtr\"/><w:titlePg/>"
            + "<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1440\" w:right=\"1440\" w:bottom=\"1440\" w:left=\"1440\""
            + " w:header=\"720\" w:footer=\"720\"/><w:docGrid w:type=\"lines\" w:linePitch=\"579\"/></w:sectPr>";

    private static final String BODY = "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>一、总体情况</w:t></w:r></w:p>"
            + "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
            + "<w:r><w:rPr><w:rFonts w:ascii=\"仿宋_GB2312\" w:eastAsia=\"仿宋_GB2312\"/></w:rPr><w:t>全县经济运行总体平稳。</w:t></w:r></w:p>"
            + "<w:p><w:r><w:t>second page</w:t></w:r><w:r><w:br w:type=\"page\"/></w:r><w:r><w:t>第二页</w:t></w:r></w:p>";

    static String text(byte[] docx) {
        XWPFDocument doc = WordFiles.open(docx, "test.docx");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRenderResult result = RENDERER.render(doc, out);
        assertThat(result.pages()).isPositive();
        return String.join("\n", PdfText.pages(out.toByteArray())).replaceAll("\\s+", "");
    }

    private static RawDocx full(String leaveOut) {
        RawDocx d = new RawDocx().body(BODY + SECT);
        String w = "xmlns:w=\"" + RawDocx.W + "\"";
        if (!leaveOut.equals("settings")) {
            d.part("settings", "rIdSet", "settings.xml", "settings+xml", "<w:settings " + w
                    + "><w:evenAndOddHeaders/><w:defaultTabStop w:val=\"420\"/></w:settings>");
        }
        if (!leaveOut.equals("styles")) {
            d.styles("<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/>"
                    + "<w:rPr><w:rFonts w:eastAsia=\"黑体\"/><w:sz w:val=\"32\"/></w:rPr></w:style>");
        }
        if (!leaveOut.equals("numbering")) {
            d.numbering("<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
                    + "<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum>"
                    + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>");
        }
        if (!leaveOut.equals("fontTable")) {
            d.part("fontTable", "rIdFt", "fontTable.xml", "fontTable+xml", "<w:fonts " + w
                    + "><w:font w:name=\"仿宋_GB2312\"><w:charset w:val=\"86\"/></w:font></w:fonts>");
        }
        if (!leaveOut.equals("theme")) {
            d.part("theme", "rIdTh", "theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml",
                    "<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"t\"><a:themeElements/></a:theme>");
        }
        if (!leaveOut.equals("header")) {
            d.part("header", "rIdHdr", "header1.xml", "header+xml", "<w:hdr " + w + ">" + RawDocx.p("页眉文字") + "</w:hdr>");
            d.part("footer", "rIdFtr", "footer1.xml", "footer+xml", "<w:ftr " + w + ">" + RawDocx.p("页脚文字") + "</w:ftr>");
        }
        return d;
    }

    @Test
    void aDocumentWithOnlyItsBodyRenders() {
        String text = text(new RawDocx().body(RawDocx.p("最小的文档 minimal") + SECT).bytes());
        assertThat(text).contains("最小的文档minimal");
    }

    @Test
    void aDocumentWithoutSettingsOrAnyOtherOptionalPartRenders() {
        String text = text(new RawDocx().body(BODY + SECT).bytes());
        assertThat(text).contains("一、总体情况", "全县经济运行总体平稳。", "第二页");
    }

    @ParameterizedTest
    @ValueSource(strings = {"settings", "styles", "numbering", "fontTable", "theme", "header"})
    void aDocumentMissingOneOptionalPartRenders(String missing) {
        String text = text(full(missing).bytes());
        assertThat(text).contains("一、总体情况", "全县经济运行总体平稳。", "第二页");
        if (!missing.equals("header") && !missing.equals("settings")) {
            // the footer is the even pages' one: settings' evenAndOddHeaders makes page 2 use it
            assertThat(text).contains("页脚文字");
        }
    }

    @Test
    void aHeaderWhosePartIsAbsentFromTheZipIsLeftOut() {
        RawDocx d = new RawDocx().body(RawDocx.p("正文在此") + SECT).danglingRel("header", "rIdHdr", "header9.xml");
        assertThat(text(d.bytes())).contains("正文在此");
    }
}

package org.jianbao.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jianbao.office.WordFiles;
import org.junit.jupiter.api.Test;

/** Symbol fonts have layouts of their own: the same code is a different character in Wingdings and Wingdings 2. */
class SymbolFontsTest {

    @Test
    void wingdings2HasItsOwnLayout() {
        assertThat(SymbolFonts.toUnicode("Wingdings", 0xF081)).isEqualTo('①');
        assertThat(SymbolFonts.toUnicode("Wingdings 2", 0xF081)).isEqualTo('○');
        assertThat(SymbolFonts.toUnicode("Wingdings 2", 0x52)).isEqualTo('☑');
        assertThat(SymbolFonts.toUnicode("Wingdings 2", 0x6A)).isEqualTo('①');
        assertThat(SymbolFonts.toUnicode("Wingdings 3", 0x21)).isEqualTo(-1);
    }

    @Test
    void libreOfficesSecondLevelBulletIsACircleNotACircledOne() throws Exception {
        // LibreOffice saves the ○ bullet of a list's second level as Wingdings 2 U+F081
        Path file = Path.of(getClass().getResource("/corpus/list-bullets.docx").toURI());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument doc = WordFiles.open(file)) {
            new DocxPdfRenderer(FontLibrary.create(null)).render(doc, out);
        }
        String text = String.join("", PdfText.pages(out.toByteArray()));
        assertThat(text).contains("○").doesNotContain("①");
    }
}

package org.jianbao.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jianbao.office.WordFiles;
import org.jianbao.testing.RawDocx;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FontLibraryTest {

    private static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    @TempDir
    Path dir;

    @Test
    void theLastResortReadsCmapsAndKeepsABoundedNumberOfFontsLoaded() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(DEJAVU), "DejaVu Sans not installed");
        for (int i = 0; i < 12; i++) {
            Files.copy(DEJAVU, dir.resolve("copy" + i + ".ttf"));
        }
        FontLibrary fonts = FontLibrary.create(dir);
        int[] before = fonts.loadedCounts();

        // a character no font has: every cmap is read, no font is loaded
        assertThat(fonts.lastResortFor(0x10FFFD)).isNull();
        assertThat(fonts.loadedCounts()).isEqualTo(before);

        // Greek Extended: not in Noto Sans SC, in DejaVu Sans: one face is loaded, the first that has it
        assertThat(fonts.lastResortFor(0x1F00)).isNotNull();
        assertThat(fonts.lastResortFor(0x1F01)).isNotNull();
        int[] after = fonts.loadedCounts();
        assertThat(after[1]).isEqualTo(1);
        // the last resort's bytes are not cached for the process
        assertThat(after[2]).isEqualTo(before[2]);
        assertThat(after[1]).isLessThanOrEqualTo(FontLibrary.MAX_LAST_RESORT_FONTS);
    }

    @Test
    void cmapCoverageMatchesWhatTheFontDraws() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(DEJAVU), "DejaVu Sans not installed");
        com.lowagie.text.pdf.BaseFont font = com.lowagie.text.pdf.BaseFont.createFont(DEJAVU.toString(),
                com.lowagie.text.pdf.BaseFont.IDENTITY_H, true);
        try (var ch = Files.newByteChannel(DEJAVU)) {
            for (int cp : new int[] {'A', 'z', 0xE9, 0x3A9, 0x1F00, 0x2603, 0x4E00, 0xE000, 0x1D400}) {
                assertThat(FontNames.covers(ch, -1, cp)).as("U+%04X", cp).isEqualTo(font.charExists(cp));
            }
        }
    }

    @Test
    void officialFontClassesGetDistinctFacesWhereTheSystemHasThem() {
        FontLibrary fonts = FontLibrary.create(null);
        FontFace serif = fonts.resolve("仿宋_GB2312", false).face();
        FontFace kai = fonts.resolve("楷体_GB2312", false).face();
        FontFace sans = fonts.resolve("黑体", false).face();
        // whatever this machine has: 黑体 is always a sans face, never the same as the serif body
        assertThat(sans.fullName()).containsIgnoringCase("sans");
        boolean systemSerif = fonts.faces().stream().anyMatch(f -> f.names().contains("noto serif cjk sc")
                || f.names().contains("ar pl uming cn"));
        Assumptions.assumeTrue(systemSerif, "no serif CJK face installed (fonts-noto-cjk or fonts-arphic-uming)");
        assertThat(serif.fullName()).doesNotContainIgnoringCase("sans");
        assertThat(serif).isNotEqualTo(sans);
        assertThat(FontLibrary.classOf("方正小标宋简体")).isEqualTo(FontLibrary.FontClass.SERIF);
        assertThat(FontLibrary.classOf("楷体_GB2312")).isEqualTo(FontLibrary.FontClass.KAI);
        assertThat(FontLibrary.classOf("黑体")).isEqualTo(FontLibrary.FontClass.SANS);
        boolean systemKai = fonts.faces().stream().anyMatch(f -> f.names().contains("ar pl ukai cn")
                || f.names().contains("lxgw wenkai"));
        if (systemKai) {
            assertThat(kai).isNotEqualTo(serif).isNotEqualTo(sans);
        }
    }

    @Test
    void aCffSerifFaceInATtcCollectionIsEmbeddedAsASubset() throws Exception {
        FontLibrary fonts = FontLibrary.create(null);
        boolean notoSerif = fonts.faces().stream().anyMatch(f -> f.cff() && f.names().contains("noto serif cjk sc"));
        Assumptions.assumeTrue(notoSerif, "Noto Serif CJK (fonts-noto-cjk) not installed");
        byte[] docx = new RawDocx().body("<w:p><w:r><w:rPr><w:rFonts w:eastAsia=\"Noto Serif CJK SC\"/></w:rPr>"
                + "<w:t>思源宋体的正文</w:t></w:r></w:p>").bytes();
        XWPFDocument doc = WordFiles.open(docx, "serif.docx");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxPdfRenderer(fonts).render(doc, out);
        assertThat(String.join("", PdfText.pages(out.toByteArray()))).contains("思源宋体的正文");
        // measured: a CFF subset costs ~200-280 KB (OpenPDF keeps every glyph slot); TrueType subsets ~40 KB
        assertThat(out.size()).isLessThan(600 * 1024);
    }
}

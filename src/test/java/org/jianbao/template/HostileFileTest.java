package org.jianbao.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Hostile or broken files fail fast with one clear TemplateException, never an OutOfMemoryError or a hang. */
@Timeout(30)
class HostileFileTest {

    @Test
    void notAZip() {
        assertThatThrownBy(() -> DocxTemplate.compile("这不是Word文件".getBytes(StandardCharsets.UTF_8), "x.docx"))
                .isInstanceOf(TemplateException.class).hasMessage("x.docx: not a .docx file (not a zip archive)");
    }

    @Test
    void aZipThatIsNotAWordDocument() {
        byte[] zip = TestDocx.zip(Map.of("hello.txt", "hi"));
        assertThatThrownBy(() -> DocxTemplate.compile(zip, "x.docx"))
                .isInstanceOf(TemplateException.class).hasMessageContaining("not a Word document");
    }

    @Test
    void truncatedFile() {
        byte[] whole = TestDocx.body(TestDocx.p("内容".repeat(2000)));
        byte[] half = Arrays.copyOf(whole, whole.length / 2);
        assertThatThrownBy(() -> DocxTemplate.compile(half, "x.docx"))
                .isInstanceOf(TemplateException.class).hasMessageContaining("x.docx: ").hasMessageContaining("truncated");
    }

    @Test
    void zipBombIsRefusedAfterBoundedWork() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 200; i++) { // 200 MB of blanks, about 200 KB compressed
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        assertThat(out.size()).isLessThan(1_000_000);
        assertThatThrownBy(() -> DocxTemplate.compile(out.toByteArray(), "bomb.docx"))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("word/document.xml inflates beyond safe limits").hasMessageContaining("zip bomb")
                .satisfies(e -> assertThat(((TemplateException) e).problems().get(0).id()).isEqualTo("package.zip-bomb"));
    }

    @Test
    void doctypeWithExternalEntityIsRefusedAndNeverReadsTheFile(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<w:document " + TestDocx.NS + "><w:body><w:p><w:r><w:t>&x;{{a}}</w:t></w:r></w:p></w:body></w:document>";
        Map<String, String> parts = new LinkedHashMap<>();
        byte[] good = TestDocx.body(TestDocx.p("x"));
        parts.put("[Content_Types].xml", new String(TestZip.entry(good, "[Content_Types].xml"), StandardCharsets.UTF_8));
        parts.put("_rels/.rels", new String(TestZip.entry(good, "_rels/.rels"), StandardCharsets.UTF_8));
        parts.put("word/document.xml", xxe);
        byte[] hostile = TestDocx.zip(parts);
        assertThatThrownBy(() -> DocxTemplate.compile(hostile, "xxe.docx"))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("xxe.docx")
                .hasMessageNotContaining("TOP-SECRET")
                .hasMessage("xxe.docx: word/document.xml contains a DOCTYPE declaration (refused: entities could read local files)");
    }

    @Test
    void doctypeInARelationshipPartIsRefusedByTheEngineBeforePoiReadsIt() {
        byte[] good = TestDocx.body(TestDocx.p("x"));
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", new String(TestZip.entry(good, "[Content_Types].xml"), StandardCharsets.UTF_8));
        parts.put("_rels/.rels", "<?xml version=\"1.0\"?>\n<!-- a comment first -->\n<!DOCTYPE r [<!ENTITY e \"e\">]>"
                + new String(TestZip.entry(good, "_rels/.rels"), StandardCharsets.UTF_8).replaceFirst("^<\\?xml[^>]*\\?>", ""));
        parts.put("word/document.xml", new String(TestZip.entry(good, "word/document.xml"), StandardCharsets.UTF_8));
        assertThatThrownBy(() -> DocxTemplate.compile(TestDocx.zip(parts), "rels.docx"))
                .isInstanceOf(TemplateException.class)
                .hasMessage("rels.docx: _rels/.rels contains a DOCTYPE declaration (refused: entities could read local files)");
    }

    @Test
    void doctypeInContentTypesIsRefusedByName() {
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">&lol2;</Types>";
        byte[] hostile = TestDocx.zip(Map.of("[Content_Types].xml", bomb));
        assertThatThrownBy(() -> DocxTemplate.compile(hostile, "lol.docx"))
                .isInstanceOf(TemplateException.class)
                .hasMessage("lol.docx: [Content_Types].xml contains a DOCTYPE declaration (refused: entities could read local files)");
    }

    @Test
    void missingFile(@TempDir Path dir) {
        assertThatThrownBy(() -> DocxTemplate.compile(dir.resolve("nope.docx")))
                .isInstanceOf(TemplateException.class).hasMessageContaining("nope.docx: cannot read the file");
    }
}

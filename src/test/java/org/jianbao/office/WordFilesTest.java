package org.jianbao.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.stream.Stream;

import org.jianbao.testing.DamagedDocx;
import org.jianbao.testing.RawDocx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WordFilesTest {

    static Stream<Arguments> damaged() {
        return DamagedDocx.all().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damaged")
    void aDamagedFileIsOneLineNamingTheFile(String kind, byte[] bytes) {
        assertThatThrownBy(() -> WordFiles.open(bytes, kind + ".docx"))
                .isInstanceOf(DamagedFileException.class)
                .satisfies(e -> {
                    assertThat(e.getMessage()).startsWith(kind + ".docx: ").doesNotContain("\n");
                    assertThat(e.getMessage()).doesNotContain("NullPointer");
                });
    }

    @Test
    void eachDamageIsNamed() {
        Map<String, byte[]> d = DamagedDocx.all();
        assertThatThrownBy(() -> WordFiles.open(d.get("ole2-renamed"), "a.docx")).hasMessageContaining("Word 97-2003");
        assertThatThrownBy(() -> WordFiles.open(d.get("truncated"), "a.docx")).hasMessageContaining("truncated");
        assertThatThrownBy(() -> WordFiles.open(d.get("no-body"), "a.docx")).hasMessageContaining("no body");
        assertThatThrownBy(() -> WordFiles.open(d.get("no-content-type-for-styles"), "a.docx"))
                .hasMessageContaining("content type");
        assertThatThrownBy(() -> WordFiles.open(d.get("plain-text"), "a.docx")).hasMessageContaining("not a zip");
    }

    @Test
    void aValidMinimalFileOpens() throws Exception {
        try (var doc = WordFiles.open(new RawDocx().bytes(), "ok.docx")) {
            assertThat(doc.getParagraphs()).hasSize(1);
        }
    }

    @Test
    void aZipBombIsRefusedBeforePoiInflatesIt() {
        byte[] bomb = new RawDocx().entry("word/media/filler.bin", new byte[20 * 1024 * 1024]).bytes();
        assertThatThrownBy(() -> WordFiles.open(bomb, "bomb.docx"))
                .isInstanceOf(ZipPolicy.RefusedZipException.class)
                .hasMessageStartingWith("bomb.docx: ").hasMessageContaining("zip bomb");
    }
}

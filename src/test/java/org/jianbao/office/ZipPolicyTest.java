package org.jianbao.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.jianbao.speech.SpeechAnalyser;
import org.jianbao.testing.RawDocx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One policy for every zip the program opens: .docx speeches, templates, pdf input, .xlsx imports. */
class ZipPolicyTest {

    @TempDir
    Path dir;

    private static byte[] zip(int entries, int bytesEach) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (int i = 0; i < entries; i++) {
                z.putNextEntry(new ZipEntry("e" + i));
                z.write(new byte[bytesEach]);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void tooManyEntriesAreRefused() throws Exception {
        Path file = Files.write(dir.resolve("many.xlsx"), zip(ZipPolicy.MAX_ENTRIES + 1, 0));
        assertThatThrownBy(() -> ZipPolicy.check(file, "many.xlsx"))
                .isInstanceOfSatisfying(ZipPolicy.RefusedZipException.class,
                        e -> assertThat(e.refusal()).isEqualTo(ZipPolicy.Refusal.TOO_MANY_ENTRIES));
    }

    @Test
    void anEntryThatInflatesAHundredfoldIsRefusedFromAFileAndFromMemory() throws Exception {
        byte[] bomb = zip(1, 8 * 1024 * 1024);
        Path file = Files.write(dir.resolve("bomb.xlsx"), bomb);
        assertThatThrownBy(() -> ZipPolicy.check(file, "bomb.xlsx")).hasMessageContaining("zip bomb");
        assertThatThrownBy(() -> ZipPolicy.check(bomb, "bomb.docx")).hasMessageContaining("zip bomb");
    }

    @Test
    void theSpeechReaderHoldsToThePolicy() throws Exception {
        byte[] bomb = new RawDocx().body(RawDocx.p("讲话")).entry("word/media/x.bin", new byte[8 * 1024 * 1024]).bytes();
        Path speech = Files.write(dir.resolve("speech.docx"), bomb);
        assertThatThrownBy(() -> new SpeechAnalyser().analyse(speech)).hasMessageContaining("zip bomb")
                .hasMessageStartingWith(speech.toString());
    }

    @Test
    void ordinaryFilesPass() throws Exception {
        ZipPolicy.check(new RawDocx().bytes(), "ok.docx");
        ZipPolicy.check(Files.write(dir.resolve("ok.xlsx"), zip(50, 1000)), "ok.xlsx");
    }

    @Test
    void poiHoldsToTheSameNumbers() {
        ZipPolicy.install();
        assertThat(org.apache.poi.openxml4j.util.ZipSecureFile.getMinInflateRatio()).isEqualTo(1.0 / ZipPolicy.MAX_RATIO);
        assertThat(org.apache.poi.openxml4j.util.ZipSecureFile.getMaxEntrySize()).isEqualTo(ZipPolicy.MAX_ENTRY_BYTES);
        assertThat(org.apache.poi.util.IOUtils.getByteArrayMaxOverride()).isEqualTo(ZipPolicy.MAX_BYTE_ARRAY);
    }
}

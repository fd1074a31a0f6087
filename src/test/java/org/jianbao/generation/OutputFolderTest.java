package org.jianbao.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {

    @TempDir
    Path root;

    @Test
    void writesIntoThePeriodFolderAndLeavesNoPartialFiles() throws IOException {
        OutputFolder folder = new OutputFolder(root);

        Path written = folder.write(YearMonth.of(2026, 10), "示范区工作进展简报-2026年第10期.docx", bytes("v1"));

        assertThat(written).isEqualTo(root.resolve("2026-10/示范区工作进展简报-2026年第10期.docx"));
        assertThat(Files.readString(written)).isEqualTo("v1");
        try (var files = Files.list(written.getParent())) {
            assertThat(files).containsExactly(written);
        }
    }

    @Test
    void othersMayReadWhatIsDeliveredAsTheUmaskAllows() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(root.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path written = new OutputFolder(root).write(YearMonth.of(2026, 10), "a.pdf", bytes("x"));
        Path plain = Files.writeString(root.resolve("plain.txt"), "x");

        assertThat(Files.getPosixFilePermissions(written)).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void replacesAnOlderVersion() throws IOException {
        OutputFolder folder = new OutputFolder(root);
        folder.write(YearMonth.of(2026, 10), "a.pdf", bytes("old"));

        Path written = folder.write(YearMonth.of(2026, 10), "a.pdf", bytes("new"));

        assertThat(Files.readString(written)).isEqualTo("new");
    }

    @Test
    void refusesNamesThatWouldWriteOutsideThePeriodFolder() {
        OutputFolder folder = new OutputFolder(root);
        for (String name : new String[] {"../escape.docx", "a/b.docx", "a\\b.docx", "..", "  "}) {
            assertThatThrownBy(() -> folder.write(YearMonth.of(2026, 10), name, bytes("x")))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}

package org.jianbao.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names from speech titles: whatever the title, the documents can be written. */
class FileNamesTest {

    @TempDir
    Path root;

    private Path write(String base, String ext) {
        return new OutputFolder(root).write(YearMonth.of(2026, 10), FileNames.forDocument(base, ext), new byte[] {1});
    }

    @Test
    void aTitleOf76AndMoreCharactersIsShortenedAtACharacterBoundaryAndStillWritten() {
        String title = "关于深入学习贯彻党的二十届三中全会精神进一步全面深化改革推进中国式现代化".repeat(4);
        assertThat(title.length()).isGreaterThan(76);
        String base = title + "-学习笔记-2026年12月2日";
        Path docx = write(base, ".docx");
        Path pdf = write(base, ".pdf");
        String name = docx.getFileName().toString();
        assertThat(name.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(FileNames.MAX_NAME_BYTES);
        assertThat(name).startsWith("关于深入学习").endsWith("-学习笔记-2026年12月2日.docx").contains("…");
        assertThat(name).doesNotContain("\uFFFD");
        assertThat(pdf.getFileName().toString()).isEqualTo(name.replace(".docx", ".pdf"));
        assertThat(Files.exists(docx)).isTrue();
    }

    @Test
    void twoLongTitlesWithTheSameBeginningAndEndGetTwoFiles() {
        String a = "甲".repeat(100) + "一" + "乙".repeat(100) + "-学习笔记-2026年12月2日";
        String b = "甲".repeat(100) + "二" + "乙".repeat(100) + "-学习笔记-2026年12月2日";
        assertThat(FileNames.forDocument(a, ".docx")).isNotEqualTo(FileNames.forDocument(b, ".docx"));
    }

    @Test
    void aTitleStartingWithADotOrMadeOfOddCharactersIsWritten() {
        assertThat(write(".hidden讲话-学习笔记-2026年12月2日", ".docx").getFileName().toString())
                .isEqualTo("hidden讲话-学习笔记-2026年12月2日.docx");
        assertThat(write("..", ".pdf").getFileName().toString()).isEqualTo("文档.pdf");
        assertThat(write("a/b\\c:d*e?f\"g<h>i|j\u0001k\u0085", ".pdf").getFileName().toString()).isEqualTo("a_b_c_d_e_f_g_h_i_j_k_.pdf");
        assertThat(write("CON", ".docx").getFileName().toString()).isEqualTo("_CON.docx");
        assertThat(write("讲话。。。 ", ".docx").getFileName().toString()).isEqualTo("讲话。。。.docx");
        assertThat(write("讲话...", ".docx").getFileName().toString()).isEqualTo("讲话.docx");
    }

    @Test
    void shortNamesStayAsTheyAre() {
        assertThat(FileNames.forDocument("示范区工作进展简报-2026年第10期", ".docx")).isEqualTo("示范区工作进展简报-2026年第10期.docx");
    }
}

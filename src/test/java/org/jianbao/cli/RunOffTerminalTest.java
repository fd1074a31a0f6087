package org.jianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

import org.jianbao.JianbaoApplication;

/**
 * {@code run} with its output going to files, as cron runs it: no progress bar, the {@code [1/1] path} lines on
 * stderr and the paths on stdout exactly as before the bar existed.
 */
class RunOffTerminalTest {

    @TempDir
    Path dir;

    @Test
    void offATerminalTheProgressIsTheLogsLinesAndNoBar() throws Exception {
        for (String folder : List.of("templates", "samples", "seeds")) {
            FileSystemUtils.copyRecursively(Path.of(folder), dir.resolve(folder));
        }
        Path out = dir.resolve("run.out");
        Path err = dir.resolve("run.err");
        Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                JianbaoApplication.class.getName(), "run", "--only", "briefing", "--period", "2026-10")
                .directory(dir.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(run.waitFor(10, TimeUnit.MINUTES)).isTrue();
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(run.exitValue()).as(stderr).isZero();

        assertThat(Files.readAllLines(out, StandardCharsets.UTF_8)).containsExactly(
                "output/2026-10/示范区工作进展简报-2026年第1期.docx", "output/2026-10/示范区工作进展简报-2026年第1期.pdf");
        assertThat(stderr.lines()).anySatisfy(l -> assertThat(l)
                .endsWith(" INFO  o.j.b.DocumentLogWriter - [1/1] output/2026-10/示范区工作进展简报-2026年第1期.docx"));
        assertThat(stderr).doesNotContain("文档 ", "\r", "0/?");
    }

    @Test
    void withoutATerminalNothingIsFollowed() {
        assumeThat(System.console()).as("the tests' own output is a terminal").isNull();
        try (TerminalProgress progress = TerminalProgress.follow(() -> {
            throw new AssertionError("a run followed without a terminal");
        })) {
            assertThat(progress).isInstanceOf(TerminalProgress.Lines.class);
        }
    }
}

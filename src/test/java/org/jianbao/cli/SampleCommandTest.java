package org.jianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sample} through the real command line: no Spring context, no database, only files. */
class SampleCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return new JianbaoCommandLine(command -> {
            throw new AssertionError("sample must not start the Spring context");
        }, StandaloneServices.withFonts(null), new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void writesTheFilesOfNUnitsAndSaysHowToImportThem() throws Exception {
        assertThat(run("sample", "--units", "3", "--out", dir.toString(), "--period", "2026-09")).isZero();

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("units.yml",
                    "3个单位-2026年1-9月主要经济指标.csv", "3个单位-2026年目标任务.csv", "3个单位-2026年重点项目台账.csv",
                    "3个单位-2026年招引项目台账.csv");
        }
        // 3 units × 15 indicators × 9 months, the city's 7 per month, header, blank line, note
        assertThat(Files.readAllLines(dir.resolve("3个单位-2026年1-9月主要经济指标.csv"))).hasSize(3 * 15 * 9 + 7 * 9 + 3);
        assertThat(out.toString()).contains("3 units, data up to 2026-09", "jianbao import ", "jianbao run --all-units --period 2026-09",
                "--spring.config.additional-location=file:" + dir.resolve("units.yml").toAbsolutePath());
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void withoutUnitsWritesTheShippedSamples() {
        assertThat(run("sample", "--out", dir.toString())).isZero();
        assertThat(dir.resolve("示范区-2026年1-10月主要经济指标.csv")).exists();
        assertThat(dir.resolve("示范区-2025年招引项目台账.xlsx")).exists();
    }

    @Test
    void refusesNoUnitsAndABadPeriodInOneLine() {
        assertThat(run("sample", "--units", "0", "--out", dir.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run("sample", "--units", "2", "--out", dir.toString(), "--period", "2026/13")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("--units 0: at least 1", "--period 2026/13: expected a month like 2026-10");
    }
}

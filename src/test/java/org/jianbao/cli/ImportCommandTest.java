package org.jianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;


/** {@code jianbao import} through the real command line, on the real context and H2 file database. */
@SpringBootTest
@ActiveProfiles("test")
class ImportCommandTest {

    @Autowired
    ApplicationContext context;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return new JianbaoCommandLine(command -> context, StandaloneServices.withFonts(null), new PrintWriter(out, true),
                new PrintWriter(err, true)).execute(args);
    }

    @Test
    void importsAFileThenSaysItIsAlreadyImported() throws Exception {
        Path file = Files.writeString(dir.resolve("cli-good.csv"),
                "统计期,指标,本期累计,同比增长,全市排名\n2023-01,GDP,88.8,5.5,2\n", StandardCharsets.UTF_8);

        assertThat(run("import", file.toString(), "--by", "王科员")).isZero();
        assertThat(run("import", file.toString())).isZero();

        assertThat(out.toString()).isEqualTo(file + ": imported 1 rows (values)\n"
                + out.toString().lines().skip(1).findFirst().orElseThrow() + "\n");
        assertThat(out.toString().lines().skip(1).findFirst().orElseThrow())
                .startsWith(file + ": already imported on ").endsWith(" by 王科员, nothing changed");
    }

    @Test
    void aRefusedFileListsEveryProblemAndExitsWith2() throws Exception {
        Path good = Files.writeString(dir.resolve("cli-ok.csv"),
                "统计期,指标,本期累计\n2023-02,GDP,177.7\n", StandardCharsets.UTF_8);
        Path bad = Files.writeString(dir.resolve("cli-bad.csv"),
                "统计期,指标,本期累计,全市排名\n2023-02,GPD,177.7,1\n2023-02,一般公共预算收入,x,0\n", StandardCharsets.UTF_8);

        assertThat(run("import", good.toString(), bad.toString())).isEqualTo(ExitCodes.BAD_INPUT);

        assertThat(out.toString()).isEqualTo(good + ": imported 1 rows (values)\n"
                + bad + ": refused, nothing imported (3 problems)\n"
                + "  " + bad + ":2:B: unknown indicator \"GPD\"; did you mean GDP?\n"
                + "  " + bad + ":3:C: value \"x\" is not a number\n"
                + "  " + bad + ":3:D: rank \"0\" is not a positive whole number\n");
    }

    @Test
    void aMissingFileIsAUserError() {
        assertThat(run("import", dir.resolve("nope.xlsx").toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("nope.xlsx: no such file");
        assertThat(run("import")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("import: give FILE... or --inbox");
    }
}

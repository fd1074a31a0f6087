package org.jianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;


/** The run and generate commands as a user types them, inside the real Spring context and H2 file database. */
@SpringBootTest
@ActiveProfiles("test")
class DocumentCommandsTest {

    private static final Path OUTPUT = Path.of("target/test-output/commands-" + System.nanoTime());

    @DynamicPropertySource
    static void output(DynamicPropertyRegistry registry) {
        registry.add("jianbao.output-dir", OUTPUT::toString);
    }

    @Autowired
    ApplicationContext context;

    private StringWriter out;
    private StringWriter err;

    /** Each call a command line of its own, as each is a process of its own; the test's context stands in for the one it would start. */
    private int jianbao(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return new JianbaoCommandLine(command -> context, StandaloneServices.withFonts(null), new PrintWriter(out, true),
                new PrintWriter(err, true)).execute(args);
    }

    private List<Path> printedPaths() {
        return Arrays.stream(out.toString().split("\\R")).filter(l -> !l.isBlank()).map(Path::of).toList();
    }

    @Test
    void runWritesBothDocumentsThenFindsNothingNew() {
        assertThat(jianbao("run")).as(err.toString()).isZero();
        List<Path> written = printedPaths();
        assertThat(written).hasSize(4).allSatisfy(p -> assertThat(p).exists().startsWith(OUTPUT.resolve("2026-10")));
        assertThat(written).extracting(p -> p.getFileName().toString())
                .anyMatch(n -> n.matches("示范区工作进展简报-2026年第\\d+期\\.pdf"))
                .anyMatch(n -> n.endsWith("-学习笔记-" + n.replaceAll(".*-学习笔记-", "")) && n.endsWith(".docx"));

        assertThat(jianbao("run")).isZero();
        assertThat(out.toString()).startsWith("Nothing new since the last complete run");
    }

    @Test
    void generateBriefingForAChosenMonthPrintsItsPaths() throws Exception {
        assertThat(jianbao("generate", "briefing", "--unit", "示范区", "--period", "2026-09")).as(err.toString()).isZero();

        List<Path> written = printedPaths();
        assertThat(written).hasSize(2);
        assertThat(written.get(0).toString()).endsWith(".docx").contains("2026-09");
        assertThat(Files.size(written.get(1))).isPositive();
    }

    @Test
    void badRequestsGetOneLineAndExitCode2() {
        assertThat(jianbao("generate", "briefing", "--period", "2030-01")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString().strip()).isEqualTo("--period 2030-01: no indicator data for 示范区 in that month (latest: 2026-10)");

        assertThat(jianbao("generate", "briefing", "--unit", "乙区")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("--unit 乙区: unknown unit");

        assertThat(jianbao("generate", "study-notes", "--speech", "pom.xml")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("pom.xml: no title line found");

        assertThat(jianbao("run", "--speech", "missing.txt")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString().strip()).isEqualTo("missing.txt: speech file not found");

        assertThat(jianbao("run", "--period", "2030-01")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString().strip()).isEqualTo("示范区: no indicator data for 2030-01 (import that month's files first, or leave out --period)");

        assertThat(jianbao("run", "--only", "minutes")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("--only minutes: expected study-notes or briefing");
    }
}

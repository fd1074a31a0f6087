package org.jianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

class CommandLineTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return new JianbaoCommandLine(command -> {
            throw new AssertionError("--version and --help must not start the Spring context");
        }, StandaloneServices.withFonts(null), new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void versionNamesTheTool() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("jianbao ");
    }

    @Test
    void unknownCommandIsAUsageErrorWithExitCode2() {
        assertThat(run("frobnicate")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("Unmatched argument").contains("frobnicate");
    }

    @Test
    void configurationOptionsAreLeftToSpring() {
        assertThat(JianbaoCommandLine.commandArguments(new String[] {"run", "--jianbao.speech=a.txt", "--spring.datasource.url=x", "--force"}))
                .containsExactly("run", "--force");
    }

    @Test
    void helpListsEveryCommandWithoutStartingTheContext() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("run ", "generate ", "import ", "speech ", "render ", "check-template ", "pdf ",
                "fonts ");
    }

    @Test
    void theHelpOfACommandThatNeedsTheDatabaseComesWithoutStartingTheContext() {
        assertThat(run("run", "--help")).isZero();
        assertThat(out.toString()).contains("Usage: jianbao run", "--force", "--period");
        assertThat(run("generate", "briefing", "--help")).isZero();
        assertThat(out.toString()).contains("Usage: jianbao generate briefing");
    }
}

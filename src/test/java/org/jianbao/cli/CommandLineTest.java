package org.jianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;

import picocli.CommandLine;

class CommandLineTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        PicocliRunner runner = new PicocliRunner(refreshedContext(), null);
        CommandLine cli = runner.newCommandLine(List.of());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private static GenericApplicationContext refreshedContext() {
        GenericApplicationContext context = new GenericApplicationContext();
        context.refresh();
        return context;
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
        assertThat(PicocliRunner.commandArguments(new String[] {"run", "--jianbao.speech=a.txt", "--spring.datasource.url=x", "--force"}))
                .containsExactly("run", "--force");
    }
}

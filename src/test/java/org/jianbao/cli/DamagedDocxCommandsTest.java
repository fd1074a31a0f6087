package org.jianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jianbao.pdf.DocxPdfRenderer;
import org.jianbao.pdf.FontLibrary;
import org.jianbao.testing.DamagedDocx;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.support.GenericApplicationContext;

import picocli.CommandLine;

/**
 * Every command that reads a .docx answers a damaged one with one line naming the file and the problem, exit 2,
 * through the application's own exception handling — never a stack trace or "failed: NullPointerException".
 */
class DamagedDocxCommandsTest {

    private static final FontLibrary FONTS = FontLibrary.create(null);

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        // pdf, render, check-template and speech need no context: the command line never asks for one
        return new JianbaoCommandLine(command -> {
            throw new AssertionError("no Spring context for " + String.join(" ", args));
        }, StandaloneServices.withFonts(FONTS), new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    static Stream<Arguments> cases() {
        return DamagedDocx.all().keySet().stream()
                .flatMap(kind -> Stream.of("pdf", "render", "check-template", "speech").map(c -> Arguments.of(c, kind)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void oneLineNamingTheFileAndExit2(String command, String kind) throws Exception {
        Path file = Files.write(dir.resolve(kind + ".docx"), DamagedDocx.all().get(kind));
        Path data = Files.writeString(dir.resolve("d.json"), "{}");
        String f = file.toString();
        String[] args = switch (command) {
            case "pdf" -> new String[] {"pdf", f, "--out", dir.resolve("o.pdf").toString()};
            case "render" -> new String[] {"render", "--template", f, "--data", data.toString(), "--out",
                    dir.resolve("o.docx").toString()};
            case "check-template" -> new String[] {"check-template", f};
            default -> new String[] {"speech", f};
        };

        assertThat(run(args)).isEqualTo(ExitCodes.BAD_INPUT);

        String message = err.toString().strip();
        assertThat(message).doesNotContain("\n").contains(kind + ".docx: ")
                .doesNotContain("Exception").doesNotContain("failed:");
        assertThat(dir.resolve("o.pdf")).doesNotExist();
        assertThat(dir.resolve("o.docx")).doesNotExist();
    }
}

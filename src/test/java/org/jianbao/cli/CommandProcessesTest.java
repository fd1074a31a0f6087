package org.jianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jianbao.JianbaoApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar's entry point in processes of their own, as users start it: several at once in one folder. The working
 * folder is a fresh one, so the default configuration ({@code ./data/jianbao}) points into it.
 */
class CommandProcessesTest {

    @TempDir
    Path dir;

    /** A started {@code jianbao} process; stdout and stderr go to files so that neither can block it. */
    private record Child(Process process, Path out, Path err) {

        int exitCode() throws InterruptedException {
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished within two minutes").isTrue();
            return process.exitValue();
        }

        String stdout() throws IOException {
            return Files.readString(out, StandardCharsets.UTF_8);
        }

        String stderr() throws IOException {
            return Files.readString(err, StandardCharsets.UTF_8);
        }
    }

    private Child start(String name, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                JianbaoApplication.class.getName()));
        command.addAll(List.of(args));
        Path out = dir.resolve(name + ".out");
        Path err = dir.resolve(name + ".err");
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        return new Child(process, out, err);
    }

    private Path docx(String name, String text, int paragraphs) throws IOException {
        Path file = dir.resolve(name);
        try (XWPFDocument doc = new XWPFDocument(); OutputStream o = Files.newOutputStream(file)) {
            for (int i = 0; i < paragraphs; i++) {
                doc.createParagraph().createRun().setText(text + "（第" + (i + 1) + "段）");
            }
            doc.write(o);
        }
        return file;
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void twoPdfCommandsInOneFolderAtOnceBothSucceedAndCreateNoDatabase() throws Exception {
        docx("a.docx", "今年以来，全县经济运行总体平稳。", 200);
        docx("b.docx", "重点项目建设加快推进。", 200);

        Child first = start("first", "pdf", "a.docx");
        Child second = start("second", "pdf", "b.docx", "--out", "b-out.pdf");

        assertThat(first.exitCode()).as(first.stderr()).isZero();
        assertThat(second.exitCode()).as(second.stderr()).isZero();
        assertThat(first.stdout()).startsWith("a.pdf: ").contains(" pages");
        assertThat(second.stdout()).startsWith("b-out.pdf: ");
        assertThat(text(dir.resolve("a.pdf"))).contains("全县经济运行总体平稳", "200段）");
        assertThat(text(dir.resolve("b-out.pdf"))).contains("重点项目建设加快推进", "200段）");
        assertThat(dir.resolve("data")).as("no database for a command that needs none").doesNotExist();
    }

    @Test
    void aDatabaseCommandWhileAnotherProcessHoldsTheDatabaseSaysSoInOneLine() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        Path csv = Files.writeString(dir.resolve("values.csv"), "统计期,指标,本期累计\n2026-10,GDP,100\n");
        // This JVM holds the embedded database the child's default configuration names, as a running job would.
        try (Connection holder = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("data/jianbao"), "sa", "")) {
            Child importer = start("import", "import", csv.getFileName().toString());

            assertThat(importer.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
            String err = importer.stderr().strip();
            assertThat(err).contains("data/jianbao.mv.db is in use by another process").doesNotContain("Exception");
            assertThat(err.lines()).as(err).hasSize(1);
            assertThat(holder.isValid(1)).isTrue();
        }
    }
}

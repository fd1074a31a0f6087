package org.jianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jianbao.pdf.FontLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


class PdfCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return new JianbaoCommandLine(command -> {
            throw new AssertionError("pdf and fonts must not start the Spring context");
        }, StandaloneServices.withFonts(FontLibrary.create(null)), new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
    }

    private Path docx(String text) throws Exception {
        return docx("in.docx", text);
    }

    private Path docx(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        try (XWPFDocument doc = new XWPFDocument(); OutputStream o = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText(text);
            doc.write(o);
        }
        return file;
    }

    @Test
    void convertsADocxAndSaysHowManyPages() throws Exception {
        Path in = docx("今年以来，全县经济运行总体平稳。");
        Path pdf = dir.resolve("out/briefing.pdf");
        assertThat(run("pdf", in.toString(), "--out", pdf.toString())).isZero();
        assertThat(Files.readString(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
        assertThat(out.toString()).contains("briefing.pdf: 1 page");
    }

    @Test
    void aCharacterNoFontHasIsABadInputNamingIt() throws Exception {
        Path in = docx("字符\u0378");
        assertThat(run("pdf", in.toString(), "--out", dir.resolve("x.pdf").toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("in.docx").contains("U+0378");
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void neverOverwritesTheWordDocumentItConverts() throws Exception {
        Path in = docx("今年以来");
        byte[] before = Files.readAllBytes(in);

        assertThat(run("pdf", in.toString(), "--out", in.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("would overwrite the document it is made from");
        assertThat(Files.readAllBytes(in)).isEqualTo(before);
    }

    @Test
    void theFileIsAsReadableAsAnyOtherTheUserWrites() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path pdf = dir.resolve("shared.pdf");
        assertThat(run("pdf", docx("今年以来").toString(), "--out", pdf.toString())).isZero();

        assertThat(Files.getPosixFilePermissions(pdf))
                .isEqualTo(Files.getPosixFilePermissions(Files.writeString(dir.resolve("plain.txt"), "x")));
    }

    @Test
    void notADocxIsABadInput() throws Exception {
        Path in = dir.resolve("notes.docx");
        Files.writeString(in, "plain text");
        assertThat(run("pdf", in.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("notes.docx: not a .docx (not a zip archive)");
    }

    @Test
    void fontsListsTheResolutionOfOfficialDocumentFonts() {
        assertThat(run("fonts")).isZero();
        assertThat(out.toString()).contains("仿宋_GB2312", "黑体", "楷体_GB2312", "方正小标宋简体", "Folders searched");
        assertThat(out.toString()).contains("serif (宋/仿宋)", "kai (楷)", "sans (黑)");
    }

    private static String text(Path pdf) throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
    }

    @Test
    void manyDocumentsInOneCallEachReportedInTheOrderGiven() throws Exception {
        Path a = docx("a.docx", "今年以来，全县经济运行总体平稳。");
        Path b = docx("b.docx", "重点项目建设加快推进。");
        Path c = docx("c.docx", "招商引资成效明显。");
        Path outDir = dir.resolve("pdfs");

        assertThat(run("pdf", a.toString(), b.toString(), c.toString(), "--out-dir", outDir.toString()))
                .as(err.toString()).isZero();

        assertThat(out.toString().lines().filter(l -> !l.startsWith("  ")))
                .containsExactly(outDir.resolve("a.pdf") + ": 1 page", outDir.resolve("b.pdf") + ": 1 page",
                        outDir.resolve("c.pdf") + ": 1 page");
        assertThat(text(outDir.resolve("b.pdf"))).contains("重点项目建设加快推进");
        assertThat(text(outDir.resolve("c.pdf"))).contains("招商引资成效明显");
    }

    @Test
    void aBadDocumentAmongManyIsOneLineAndTheOthersAreStillConverted() throws Exception {
        Path good = docx("good.docx", "今年以来");
        Path bad = Files.writeString(dir.resolve("bad.docx"), "plain text");
        Path outDir = dir.resolve("pdfs");

        assertThat(run("pdf", bad.toString(), good.toString(), "--out-dir", outDir.toString()))
                .isEqualTo(ExitCodes.BAD_INPUT);

        assertThat(err.toString().strip()).startsWith(bad + ": not a .docx").doesNotContain("\n");
        assertThat(outDir.resolve("good.pdf")).exists();
        assertThat(outDir.resolve("bad.pdf")).doesNotExist();
    }

    @Test
    void outNamesOnePdfOnly() throws Exception {
        Path a = docx("a.docx", "今年以来");
        Path b = docx("b.docx", "今年以来");

        assertThat(run("pdf", a.toString(), b.toString(), "--out", dir.resolve("x.pdf").toString()))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("--out names the PDF of a single document");
    }
}

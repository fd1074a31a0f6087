package org.jianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jianbao.pdf.DocxPdfRenderer;
import org.jianbao.pdf.FontLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.support.GenericApplicationContext;

import picocli.CommandLine;

class PdfCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        GenericApplicationContext context = new GenericApplicationContext();
        context.refresh();
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        FontLibrary fonts = FontLibrary.create(null);
        beans.addBean("fonts", fonts);
        beans.addBean("renderer", new DocxPdfRenderer(fonts));
        CommandLine cli = new PicocliRunner(context, null).newCommandLine(List.of(
                new PdfCommand(new PdfFileWriter(beans.getBeanProvider(DocxPdfRenderer.class))),
                new FontsCommand(beans.getBeanProvider(FontLibrary.class))));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private Path docx(String text) throws Exception {
        Path file = dir.resolve("in.docx");
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
}

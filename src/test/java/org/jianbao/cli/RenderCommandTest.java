package org.jianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import org.jianbao.pdf.DocxPdfRenderer;
import org.jianbao.pdf.FontLibrary;

import picocli.CommandLine;

/** The render and check-template commands on a template built with POI, without Spring. */
class RenderCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Object command, String... args) {
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setExecutionExceptionHandler((ex, cmd, parse) -> {
            if (ex instanceof UserInputException) {
                cmd.getErr().println(ex.getMessage());
                return ExitCodes.BAD_INPUT;
            }
            throw ex;
        });
        return cli.execute(args);
    }

    /** One renderer for the class: font discovery is the slow part. */
    private static final DocxPdfRenderer RENDERER = new DocxPdfRenderer(FontLibrary.create(null));

    private static RenderCommand renderCommand() {
        return new RenderCommand(new PdfFileWriter(
                new StaticListableBeanFactory(Map.of("renderer", RENDERER)).getBeanProvider(DocxPdfRenderer.class)));
    }

    @Test
    void withPdfTheShippedBriefingTemplateAndSampleModelComeOutAsWordAndPdf() throws IOException {
        Path docx = dir.resolve("briefing.docx");
        Path pdf = dir.resolve("briefing.pdf");

        assertThat(run(renderCommand(), "--template", "templates/progress-briefing.docx",
                "--data", "samples/briefing-model.json", "--out", docx.toString(), "--pdf", pdf.toString()))
                .as(err.toString()).isZero();

        assertThat(out.toString()).contains("wrote " + docx, pdf + ": ");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("工作进展简报", "主要经济指标", "存在问题").doesNotContain("{{");
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(0.5f));
        }
    }

    private Path template(String... paragraphs) throws IOException {
        Path file = dir.resolve("t.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream stream = Files.newOutputStream(file)) {
            for (String text : paragraphs) {
                XWPFRun run = doc.createParagraph().createRun();
                run.setBold(true);
                run.setText(text);
            }
            doc.write(stream);
        }
        return file;
    }

    @Test
    void rendersAPoiBuiltTemplateWithJsonData() throws IOException {
        Path t = template("{{unit}}第{{issue | cn}}期", "{{?items}}", "{{name}}：{{rate | growth}}", "{{/items}}");
        Path data = Files.writeString(dir.resolve("d.json"),
                "{\"unit\":\"青山县\",\"issue\":12,\"items\":[{\"name\":\"工业\",\"rate\":6.3},{\"name\":\"投资\",\"rate\":-2.7}]}");
        Path result = dir.resolve("out/o.docx");
        assertThat(run(renderCommand(), "--template", t.toString(), "--data", data.toString(), "--out", result.toString())).isZero();
        assertThat(out.toString()).contains("wrote");
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(result))) {
            assertThat(doc.getParagraphs()).extracting(p -> p.getText())
                    .containsExactly("青山县第十二期", "工业：增长6.3%", "投资：下降2.7%");
            assertThat(doc.getParagraphs().get(0).getRuns()).allMatch(XWPFRun::isBold);
        }
    }

    @Test
    void missingNameExitsWith2AndNamesTheTagUnlessLenient() throws IOException {
        Path t = template("{{unit}}{{nope}}");
        Path data = Files.writeString(dir.resolve("d.json"), "{\"unit\":\"青山县\"}");
        Path result = dir.resolve("o.docx");
        assertThat(run(renderCommand(), "--template", t.toString(), "--data", data.toString(), "--out", result.toString()))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("t.docx: {{nope}}: the data has no 'nope'").contains("body, paragraph 1");
        assertThat(result).doesNotExist();
        assertThat(run(renderCommand(), "--template", t.toString(), "--data", data.toString(), "--out", result.toString(), "--lenient"))
                .isZero();
        assertThat(err.toString()).contains("warning: {{nope}}: the data has no 'nope'");
        assertThat(result).exists();
    }

    @Test
    void badJsonAndHostileTemplateAreUserErrors() throws IOException {
        Path t = template("{{a}}");
        Path data = Files.writeString(dir.resolve("d.json"), "{\"a\": ");
        assertThat(run(renderCommand(), "--template", t.toString(), "--data", data.toString(), "--out", "x.docx"))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("d.json: not valid JSON");
        Path notDocx = Files.writeString(dir.resolve("n.docx"), "hello");
        assertThat(run(renderCommand(), "--template", notDocx.toString(), "--data", data.toString(), "--out", "x.docx"))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("n.docx: not a .docx file (not a zip archive)");
    }

    @Test
    void checkTemplateListsTagsAndReportsProblemsAndMissingNames() throws IOException {
        Path t = template("{{title}}", "{{?items}}", "{{name}}");
        assertThat(run(new CheckTemplateCommand(), t.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(out.toString()).contains("3 tags").contains("{{title}}  — body, paragraph 1");
        assertThat(err.toString()).contains("{{?items}} is never closed");

        Path ok = template("{{title}}", "{{sub | default:无}}");
        Path data = Files.writeString(dir.resolve("d.json"), "{\"other\":1}");
        assertThat(run(new CheckTemplateCommand(), ok.toString())).isZero();
        assertThat(run(new CheckTemplateCommand(), ok.toString(), "--data", data.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("{{title}}: the data has no 'title'").doesNotContain("'sub'");
    }

    @Test
    void aPdfThatFailsLeavesNoWordDocumentBehind() throws IOException {
        Path t = template("{{text}}");
        Path data = Files.writeString(dir.resolve("d.json"), "{\"text\":\"字符\u0378\"}");
        Path docx = dir.resolve("o.docx");
        Path pdf = dir.resolve("o.pdf");
        assertThat(run(renderCommand(), "--template", t.toString(), "--data", data.toString(), "--out", docx.toString(),
                "--pdf", pdf.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("U+0378");
        assertThat(docx).doesNotExist();
        assertThat(pdf).doesNotExist();
    }
}

package org.jianbao.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.jianbao.report.authoring.TemplateAuthoring;
import org.jianbao.template.DocxTemplate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;

/** The committed templates: GB/T 9704 page set-up and fonts, and tags that fit the model records exactly. */
class TemplatesTest {

    private static final Path TEMPLATES = Path.of("templates");
    private static final Path REGENERATED = Path.of("target", "templates-regenerated");

    @BeforeAll
    static void regenerate() throws IOException {
        TemplateAuthoring.writeAll(REGENERATED);
    }

    @ParameterizedTest
    @ValueSource(strings = {TemplateAuthoring.STUDY_NOTES, TemplateAuthoring.BRIEFING})
    void pageIsA4WithGbt9704MarginsAndA22LineGrid(String name) throws IOException {
        try (XWPFDocument doc = open(TEMPLATES.resolve(name))) {
            CTSectPr sect = doc.getDocument().getBody().getSectPr();
            assertThat(sect.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(sect.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
            CTPageMar mar = sect.getPgMar();
            assertThat(List.of(mar.getTop(), mar.getBottom(), mar.getLeft(), mar.getRight()))
                    .containsExactly(BigInteger.valueOf(2098), BigInteger.valueOf(1984), BigInteger.valueOf(1588),
                            BigInteger.valueOf(1474));
            assertThat(sect.getDocGrid().getType()).isEqualTo(STDocGrid.LINES);
            assertThat(sect.getDocGrid().getLinePitch()).isEqualTo(BigInteger.valueOf(579));
            assertThat(sect.getDocGrid().isSetCharSpace()).as("no negative charSpace (LibreOffice quirk)").isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {TemplateAuthoring.STUDY_NOTES, TemplateAuthoring.BRIEFING})
    void stylesCarryTheOfficialFontsAndSizes(String name) throws IOException {
        try (XWPFDocument doc = open(TEMPLATES.resolve(name))) {
            XWPFStyle normal = doc.getStyles().getStyle("Normal");
            CTRPr r = normal.getCTStyle().getRPr();
            assertThat(r.getRFontsArray(0).getEastAsia()).isEqualTo("仿宋_GB2312");
            assertThat(r.getSzArray(0).getVal()).isEqualTo(BigInteger.valueOf(32));
            assertThat(r.getSpacingArray(0).getVal()).isEqualTo(BigInteger.valueOf(-5));
            assertThat(normal.getCTStyle().getPPr().isSetWidowControl()).as("explicit widow-control choice").isTrue();
            assertThat(normal.getCTStyle().getPPr().getInd().getFirstLineChars()).isEqualTo(BigInteger.valueOf(200));
            assertThat(eastAsiaFont(doc, "Heading1")).isEqualTo("黑体");
            assertThat(eastAsiaFont(doc, "Heading2")).isEqualTo("楷体_GB2312");
            assertThat(eastAsiaFont(doc, "DocTitle")).isEqualTo("方正小标宋简体");
            assertThat(doc.getStyles().getStyle("DocTitle").getCTStyle().getRPr().getSzArray(0).getVal())
                    .isEqualTo(BigInteger.valueOf(44));
            assertThat(eastAsiaFont(doc, "Footer")).isEqualTo("宋体");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {TemplateAuthoring.STUDY_NOTES, TemplateAuthoring.BRIEFING})
    void pageNumbersAlternateSidesAndNeedNoFieldUpdate(String name) throws IOException {
        try (XWPFDocument doc = open(TEMPLATES.resolve(name))) {
            assertThat(doc.getEvenAndOddHeadings()).isTrue();
            assertThat(doc.getSettings().toString()).doesNotContain("updateFields");
            var policy = doc.getHeaderFooterPolicy();
            XWPFFooter odd = policy.getDefaultFooter();
            XWPFFooter even = policy.getEvenPageFooter();
            assertThat(odd.getParagraphs().get(0).getAlignment().name()).isEqualTo("RIGHT");
            assertThat(even.getParagraphs().get(0).getAlignment().name()).isEqualTo("LEFT");
            for (XWPFFooter f : List.of(odd, even)) {
                XWPFParagraph p = f.getParagraphs().get(0);
                assertThat(p.getCTP().xmlText()).contains("PAGE").contains("fldChar");
                assertThat(p.getText()).isEqualTo("— 1 —");
            }
        }
    }

    @Test
    void briefingMastheadIsRedWithARedRule() throws IOException {
        try (XWPFDocument doc = open(TEMPLATES.resolve(TemplateAuthoring.BRIEFING))) {
            List<XWPFParagraph> ps = doc.getParagraphs();
            assertThat(ps.get(0).getText()).isEqualTo("{{unit.name}}工作进展简报");
            XWPFStyle masthead = doc.getStyles().getStyle(ps.get(0).getStyle());
            assertThat(masthead.getCTStyle().getRPr().getColorArray(0).xgetVal().getStringValue()).isEqualTo("FF0000");
            assertThat(ps.get(1).getText()).isEqualTo("第{{issue}}期");
            assertThat(ps.get(2).getText()).isEqualTo("{{issuingOffice}}\t{{date | date}}");
            assertThat(ps.get(3).getCTP().getPPr().getPBdr().getBottom().xgetColor().getStringValue()).isEqualTo("FF0000");
            assertThat(ps.get(4).getText()).isEqualTo("{{unit.name}}{{period}}");
            assertThat(ps.get(5).getText()).isEqualTo("经济运行及重点工作进展情况");
        }
    }

    @Test
    void studyNotesTagsMatchTheModel() {
        var model = new StudyNotesAssembler().assemble(Seed.speech(), SampleFacts.figures(),
                new StudyNotesOptions("示范区", java.time.LocalDate.of(2026, 11, 7), null, List.of(), SampleFacts.PERIOD)).model();
        DocxTemplate template = DocxTemplate.compile(TEMPLATES.resolve(TemplateAuthoring.STUDY_NOTES));

        assertThat(template.check(model).problems()).as("every tag has its model component").isEmpty();
        assertThat(valueNames(template)).as("every model component is used").containsAll(componentNames(StudyNotes.class));
    }

    @Test
    void briefingTagsMatchTheModel() {
        var model = new BriefingAssembler().assemble(Seed.speech(), SampleFacts.facts()).model();
        DocxTemplate template = DocxTemplate.compile(TEMPLATES.resolve(TemplateAuthoring.BRIEFING));

        assertThat(template.check(model).problems()).as("every tag has its model component").isEmpty();
        // title is the whole title for file names; the template sets it as {{unit.name}}{{period}} + a fixed line.
        assertThat(valueNames(template))
                .containsAll(componentNames(Briefing.class).stream().filter(n -> !n.equals("title")).toList());
    }

    @Test
    void theEngineCatchesAWrongName() throws IOException {
        Path wrong = Path.of("target", "templates-wrong", "wrong.docx");
        try (XWPFDocument doc = open(TEMPLATES.resolve(TemplateAuthoring.BRIEFING))) {
            doc.getParagraphs().get(1).getRuns().get(0).setText("第{{isue}}期", 0);
            Files.createDirectories(wrong.getParent());
            try (var out = Files.newOutputStream(wrong)) {
                doc.write(out);
            }
        }
        var model = new BriefingAssembler().assemble(Seed.speech(), SampleFacts.facts()).model();

        assertThat(DocxTemplate.compile(wrong).check(model).problems()).singleElement().asString().contains("isue");
    }

    @ParameterizedTest
    @ValueSource(strings = {TemplateAuthoring.STUDY_NOTES, TemplateAuthoring.BRIEFING})
    void committedTemplatesAreTheAuthoringProgramsOutput(String name) {
        assertThat(tags(TEMPLATES.resolve(name)))
                .as("re-run TemplateAuthoring into templates/ after changing it")
                .isEqualTo(tags(REGENERATED.resolve(name)));
    }

    private static List<String> tags(Path file) {
        return DocxTemplate.compile(file).check().tags().stream()
                .map(t -> t.text() + "@" + t.location()).toList();
    }

    /** The first name of every tag's path ({@code unit} of {@code unit.name}, {@code date} of {@code date | date}). */
    private static java.util.Set<String> valueNames(DocxTemplate template) {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (var tag : template.check().tags()) {
            String t = tag.text().replaceAll("^\\{\\{[?/^@]?\\s*", "");
            names.add(t.split("[.|}\\s]")[0]);
        }
        return names;
    }

    private static XWPFDocument open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    private static String eastAsiaFont(XWPFDocument doc, String styleId) {
        return doc.getStyles().getStyle(styleId).getCTStyle().getRPr().getRFontsArray(0).getEastAsia();
    }

    private static List<String> componentNames(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
    }
}

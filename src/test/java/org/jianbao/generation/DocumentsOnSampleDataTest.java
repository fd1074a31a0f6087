package org.jianbao.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.jianbao.indicator.Figure;
import org.jianbao.testing.DocumentText;
import org.jianbao.indicator.IndicatorQueries;
import org.jianbao.indicator.SampleData;
import org.jianbao.speech.Section;
import org.jianbao.speech.Speech;

/**
 * Both documents generated from the shipped samples and the seed speech, read back from the .docx and
 * the .pdf and held against the database.
 */
@SpringBootTest
@ActiveProfiles("test")
class DocumentsOnSampleDataTest {

    private static final Path OUTPUT = Path.of("target/test-output/documents-" + System.nanoTime());
    private static final Path SPEECH = Path.of("seeds/speech-third-plenum-county.txt");
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    @DynamicPropertySource
    static void output(DynamicPropertyRegistry registry) {
        registry.add("jianbao.output-dir", OUTPUT::toString);
    }

    @Autowired
    DocumentGenerator generator;
    @Autowired
    IndicatorQueries queries;
    @Autowired
    SpeechLibrary speeches;

    @BeforeAll
    static void samples(@Autowired SampleData samples) {
        samples.ensureLoaded();
    }

    @Test
    void theBriefingsScorecardCarriesTheDatabaseFiguresAndNoTagOrFillablePlaceholderIsLeft() throws IOException {
        GeneratedDocument briefing = generator.generate(new DocumentRequest.Briefing(SPEECH, "示范区", OCTOBER));
        String word = DocumentText.ofDocx(briefing.docx());

        Figure gdp = queries.figure("示范区", "地区生产总值", OCTOBER).orElseThrow();
        assertThat(word).contains("1—10月，全区实现地区生产总值" + oneDecimal(gdp.value()) + "亿元，同比增长" + oneDecimal(gdp.growth())
                + "%，高于全市", "居全市第" + gdp.rank() + "位");
        assertThat(word).contains("10月当月增速明显回落");
        assertThat(word).doesNotContain("我们", "本期累计", "讲话未明确");
        assertThat(word).contains("示范区工作进展简报", "示范区2026年1—10月", "经济运行及重点工作进展情况",
                "一、主要经济指标", "二、重点工作推进情况", "三、存在问题", "四、下步工作", "报：", "共印30份");
        // one table row per indicator of the period, with its figure
        for (Figure f : queries.figures("示范区", OCTOBER)) {
            assertThat(word).contains(f.name());
        }
        // the speech's seven work areas, each a block
        for (String area : List.of("经济运行", "产业发展", "园区建设", "项目建设", "科技创新", "城市建设", "营商环境")) {
            assertThat(word).contains(area);
        }
        assertThat(word).doesNotContain("{{", "}}");
        // the speech's own figures (and the × the data cannot fill) belong to the study notes, not the briefing
        assertThat(count(word, "×")).isZero();
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(briefing.pdf().toFile())) {
            assertThat(pdf.getNumberOfPages()).as("a briefing of 2–4 pages").isBetween(2, 4);
        }

        String pdf = DocumentText.ofPdf(briefing.pdf());
        assertThat(pdf).contains("示范区工作进展简报", "主要经济指标", "存在问题", oneDecimal(gdp.value()));
    }

    @Test
    void issueNumbersRunPerUnitAndYearAndStayWithTheirPeriod() throws IOException {
        GeneratedDocument august = generator.generate(new DocumentRequest.Briefing(SPEECH, "示范区", YearMonth.of(2026, 8)));
        GeneratedDocument september = generator.generate(new DocumentRequest.Briefing(SPEECH, "示范区", YearMonth.of(2026, 9)));
        GeneratedDocument augustAgain = generator.generate(new DocumentRequest.Briefing(SPEECH, "示范区", YearMonth.of(2026, 8)));

        int first = issueOf(august);
        assertThat(issueOf(september)).isEqualTo(first + 1);
        assertThat(issueOf(augustAgain)).isEqualTo(first);
        assertThat(september.docx().getFileName().toString()).isEqualTo("示范区工作进展简报-2026年第" + (first + 1) + "期.docx");
        assertThat(DocumentText.ofDocx(september.docx())).contains("第" + (first + 1) + "期", "示范区2026年1—9月");
    }

    @Test
    void theStudyNotesHoldTheSpeechsOutlineQuotesTasksAndFilledFigures() throws IOException {
        GeneratedDocument notes = generator.generate(new DocumentRequest.StudyNotes(SPEECH, "示范区", OCTOBER));
        Speech speech = speeches.analyse(SPEECH);
        String word = DocumentText.ofDocx(notes.docx());

        assertThat(word).contains("《县委书记在传达二十届三中全会", "精神会议上的讲话》学习笔记");
        for (Section section : speech.sections()) {
            // the speech's 三中会 is printed as the Party writes it in the notes' own headings
            assertThat(word).contains(section.heading().replace("三中会", "三中全会"));
            section.items().forEach(item -> assertThat(word).contains(item.heading()));
        }
        assertThat(word).contains("“使市场在资源配置中起决定性作用”", "“高效办成一件事”", "“五大体系”", "2024年7月");
        assertThat(word).contains("十一届三中全会", "1978", "经发局", "生物医药园", "投资服务局", "科技局");
        Figure gdp = queries.figure("示范区", "地区生产总值", OCTOBER).orElseThrow();
        assertThat(word).contains("地区生产总值完成" + oneDecimal(gdp.value()) + "亿元");
        assertThat(word).doesNotContain("{{");

        assertThat(DocumentText.ofPdf(notes.pdf())).contains("学习笔记", "充分认识二十届三中全会的重要意义");
    }

    private static int issueOf(GeneratedDocument briefing) {
        Matcher m = Pattern.compile("第(\\d+)期").matcher(briefing.docx().getFileName().toString());
        assertThat(m.find()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static String oneDecimal(java.math.BigDecimal value) {
        return value.setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static int count(String text, String what) {
        return text.split(Pattern.quote(what), -1).length - 1;
    }
}

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
        Figure revenue = queries.figure("示范区", "一般公共预算收入", OCTOBER).orElseThrow();
        assertThat(word).contains("地区生产总值完成" + oneDecimal(gdp.value()) + "亿元,增速" + oneDecimal(gdp.growth())
                + "%,全市排名第" + gdp.rank());
        assertThat(word).contains("一般公共预算收入完成" + oneDecimal(revenue.value()) + "亿元,增速"
                + oneDecimal(revenue.growth()) + "%,总量全市第" + revenue.rank());

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
        // the only × left is the one the data cannot fill (7月增速 in an October briefing), and it is reported
        assertThat(count(word, "×")).isEqualTo(1);
        assertThat(briefing.warnings()).anyMatch(w -> w.contains("7月"));

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

        assertThat(word).contains("《" + speech.title() + "》学习笔记");
        for (Section section : speech.sections()) {
            assertThat(word).contains(section.heading());
            section.items().forEach(item -> assertThat(word).contains(item.heading()));
        }
        speech.quotes().forEach(quote -> assertThat(word).contains(quote.text()));
        assertThat(word).contains("十一届三中全会", "1978", "经发局", "生物医药园", "投资服务局", "科技局");
        Figure gdp = queries.figure("示范区", "地区生产总值", OCTOBER).orElseThrow();
        assertThat(word).contains("地区生产总值完成" + oneDecimal(gdp.value()) + "亿元");
        assertThat(word).doesNotContain("{{");

        assertThat(DocumentText.ofPdf(notes.pdf())).contains("学习笔记", speech.sections().get(0).heading());
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

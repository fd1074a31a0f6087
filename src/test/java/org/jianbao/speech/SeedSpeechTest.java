package org.jianbao.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The reference speech in seeds/, with the exact expectations. */
class SeedSpeechTest {

    static final Path SEED = Path.of("seeds/speech-third-plenum-county.txt");
    private static Speech speech;

    @BeforeAll
    static void analyse() {
        speech = new SpeechAnalyser().analyse(SEED);
    }

    @Test
    void titleCountsOnceAndThereIsNoSubtitleOrDate() {
        assertThat(speech.title()).isEqualTo("县委书记在传达二十届三中全会精神会议上的讲话");
        assertThat(speech.subtitle()).isNull();
        assertThat(speech.date()).isNull();
        assertThat(speech.preamble()).singleElement()
                .satisfies(p -> assertThat(p.text()).startsWith("刚才,我们集中学习了").endsWith("谈几点体会。"));
    }

    @Test
    void threeSectionsWithHeadingsWithoutMarkers() {
        assertThat(speech.sections()).extracting(Section::number, Section::heading).containsExactly(
                tuple("一", "充分认识二十届三中会的重要意义"),
                tuple("二", "以更加奋发有为的精神状态推动全会精神落地落实"),
                tuple("三", "在狠抓末端落实上出实招、求实效"));
    }

    @Test
    void sevenRunInItemsUnderSectionTwo() {
        Section two = speech.sections().get(1);
        assertThat(two.items()).extracting(Item::heading)
                .containsExactly("经济运行", "产业发展", "园区建设", "项目建设", "科技创新", "城市建设", "营商环境");
        assertThat(two.items()).extracting(Item::number).containsExactly("一", "二", "三", "四", "五", "六", "七");
        assertThat(two.items()).allSatisfy(item -> assertThat(item.level()).isEqualTo(2));
        Item first = two.items().get(0);
        assertThat(first.paragraphs().get(0).text()).startsWith("×区是经济功能区");
        assertThat(first.paragraphs().get(0).sentences()).first().isEqualTo("×区是经济功能区,经济发展是第一位的任务,只有经济好了,而且还要是第一,在全市才会有一席之地。");
        assertThat(two.paragraphs()).hasSize(2);
        assertThat(speech.sections().get(0).items()).isEmpty();
        assertThat(speech.sections().get(2).items()).isEmpty();
    }

    @Test
    void sentencesAreNotSplitInsideBrackets() {
        List<String> sentences = speech.sections().get(0).paragraphs().get(0).sentences();
        assertThat(sentences).contains("2018年的十九届三中会,通过了《中共中央关于深化党和国家机构改革的决定》和《深化党和国家机构改革方案》"
                + "(新的机构改革是从18年开始,包括有些部门,原来国土和自然资源规划合并,新的国土空间规划的理念都是其中之一。),"
                + "是推进国家治理体系和治理能力现代化的一场深刻变革。");
        assertThat(speech.sections().get(1).paragraphs().get(1).sentences())
                .contains("地区生产总值完成×亿元,增速×%,全市排名第×;", "一般公共预算收入完成×亿元,增速×%,总量全市第×;");
    }

    @Test
    void thirteenDistinctQuotesInOrder() {
        assertThat(speech.quotes()).extracting(Quote::text).containsExactly(
                "使市场在资源配置中起决定性作用",
                "继续完善和发展中国特色社会主义制度,推进国家治理体系和治理能力现代化",
                "人一之我十之",
                "内卷",
                "拣到篮子就是菜",
                "房地产开发为产业发展让路,插花式开发为集中开发让路,土地供应优先保障产业所需",
                "高效办成一件事",
                "只进一门",
                "一网通办",
                "企业至上",
                "五大体系",
                "融合型",
                "四责协同");
        assertThat(speech.quotes().get(6).sentence()).startsWith("要围绕“高效办成一件事”").endsWith("线上“一网通办”。");
    }

    @Test
    void yearsAndPlenums() {
        assertThat(speech.years()).containsExactly(1978, 1993, 2013, 2018);
        assertThat(speech.plenums()).extracting(PlenumReference::name, PlenumReference::session, PlenumReference::plenum,
                PlenumReference::year).containsExactly(
                tuple("二十届三中全会", 20, 3, null),
                tuple("十一届三中全会", 11, 3, 1978),
                tuple("十四届三中全会", 14, 3, 1993),
                tuple("十八届三中全会", 18, 3, 2013),
                tuple("十九届三中全会", 19, 3, 2018));
        assertThat(speech.plenums().get(1).sentence()).isEqualTo("1978年的十一届三中全会拉开中国改革开放大幕。");
    }

    @Test
    void twentyPlaceholdersOfWhichEightAreNamesAndTheCongressOrdinalIsNotOne() {
        List<Placeholder> placeholders = speech.placeholders();
        assertThat(placeholders).hasSize(20);
        assertThat(placeholders).filteredOn(p -> p.kind() == PlaceholderKind.NAME).hasSize(8)
                .allSatisfy(p -> {
                    assertThat(p.context()).contains("×区");
                    assertThat(p.subject()).isNull();
                });
        assertThat(placeholders).noneMatch(p -> p.text().equals("XX"));
        assertThat(placeholders).extracting(Placeholder::kind).containsExactly(
                PlaceholderKind.NAME, PlaceholderKind.NAME,
                PlaceholderKind.VALUE, PlaceholderKind.GROWTH, PlaceholderKind.RANK,
                PlaceholderKind.VALUE, PlaceholderKind.GROWTH, PlaceholderKind.RANK,
                PlaceholderKind.VALUE, PlaceholderKind.GROWTH, PlaceholderKind.RANK, PlaceholderKind.GROWTH,
                PlaceholderKind.VALUE, PlaceholderKind.GROWTH,
                PlaceholderKind.NAME, PlaceholderKind.NAME, PlaceholderKind.NAME,
                PlaceholderKind.NAME, PlaceholderKind.NAME, PlaceholderKind.NAME);
        assertThat(placeholders.subList(2, 14)).extracting(Placeholder::subject).containsExactly(
                "地区生产总值", "地区生产总值", "地区生产总值",
                "一般公共预算收入", "一般公共预算收入", "一般公共预算收入",
                "固定资产投资", "固定资产投资", "固定资产投资", "固定资产投资",
                "规上工业增加值", "规上工业增加值");
        Placeholder growth = placeholders.get(3);
        assertThat(growth.context()).contains("增速×%");
        assertThat(growth.sentence()).isEqualTo("地区生产总值完成×亿元,增速×%,全市排名第×;");
    }

    @Test
    void placeholderOffsetsPointIntoTheNormalisedText() throws Exception {
        String normalised = String.join("\n", java.nio.file.Files.readAllLines(SEED).stream()
                .map(String::strip).filter(line -> !line.isEmpty()).toList());
        assertThat(speech.placeholders()).allSatisfy(p ->
                assertThat(normalised.substring(p.offset(), p.offset() + p.text().length())).isEqualTo(p.text()));
        Placeholder first = speech.placeholders().get(0);
        assertThat(normalised.substring(first.offset() - 2, first.offset() + 2)).isEqualTo("我们×区");
    }

    @Test
    void fourDepartmentsGetTasks() {
        assertThat(speech.assignments()).extracting(Assignment::department)
                .containsExactly("经发局", "生物医药园", "投资服务局", "科技局");
        Assignment first = speech.assignments().get(0);
        assertThat(first.text()).startsWith("经发局要牵头抓总").endsWith("其他指标保持全市前列。");
        assertThat(first.section()).isEqualTo("以更加奋发有为的精神状态推动全会精神落地落实");
        assertThat(first.item()).isEqualTo("经济运行");
        assertThat(speech.assignments().get(2).text()).contains("投资服务局和园区要把更多精力放在招商引资上");
    }

    @Test
    void oneAnalyserServesManyThreadsWithTheSameResult() throws Exception {
        SpeechAnalyser shared = new SpeechAnalyser();
        SpeechKeywords keywords = new SpeechKeywords();
        List<Keyword> expectedKeywords = keywords.top(speech, 10);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.concurrent.Callable<java.util.Map.Entry<Speech, List<Keyword>>> task = () -> {
                Speech parsed = shared.analyse(SEED);
                return java.util.Map.entry(parsed, keywords.top(parsed, 10));
            };
            for (var result : pool.invokeAll(java.util.Collections.nCopies(8, task))) {
                assertThat(result.get().getKey()).isEqualTo(speech);
                assertThat(result.get().getValue()).isEqualTo(expectedKeywords);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void inlinePointsOneHandTheOther() {
        Paragraph last = speech.sections().get(2).paragraphs().get(1);
        assertThat(last.points()).hasSize(2);
        assertThat(last.points().get(0)).startsWith("一方面,要全面压实改革领导责任");
        assertThat(last.points().get(1)).startsWith("另一方面,要以改革精神抓好新时代党的建设");
    }
}

package org.jianbao.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class StudyNotesAssemblerTest {

    private static final StudyNotesOptions OPTIONS =
            new StudyNotesOptions("示范区", LocalDate.of(2026, 11, 7), null, List.of(), SampleFacts.PERIOD);

    private final Assembled<StudyNotes> assembled =
            new StudyNotesAssembler().assemble(SeedSpeech.speech(), SampleFacts.figures(), OPTIONS);
    private final StudyNotes notes = assembled.model();

    @Test
    void headKeepsTheSpeechsTitleAndTheFixedSubtitle() {
        assertThat(notes.speech().title()).isEqualTo(SeedSpeech.TITLE);
        assertThat(notes.subtitle()).isEqualTo(StudyNotesOptions.DEFAULT_SUBTITLE);
        assertThat(notes.unit()).isEqualTo("示范区");
        assertThat(notes.date()).isEqualTo(LocalDate.of(2026, 11, 7));
        assertThat(notes.keywords()).isEqualTo("经济运行　产业发展　园区建设　项目建设　科技创新　城市建设　营商环境");
    }

    @Test
    void outlineHasEverySectionAndItemHeading() {
        assertThat(notes.outline()).extracting(StudyNotes.OutlineSection::number, StudyNotes.OutlineSection::heading)
                .containsExactly(
                        tuple("一", "充分认识二十届三中会的重要意义"),
                        tuple("二", "以更加奋发有为的精神状态推动全会精神落地落实"),
                        tuple("三", "在狠抓末端落实上出实招、求实效"));
        assertThat(notes.outline().get(1).items()).extracting(StudyNotes.OutlineItem::heading)
                .containsExactly("经济运行", "产业发展", "园区建设", "项目建设", "科技创新", "城市建设", "营商环境");
    }

    @Test
    void keyPointsAreRequirementSentencesVerbatimOnePerWorkAreaAtLeast() {
        assertThat(notes.keyPoints()).extracting(StudyNotes.KeyPointSection::number).containsExactly("一", "二", "三");
        assertThat(notes.keyPoints().get(0).points()).extracting(StudyNotes.Point::text).containsExactly(
                "我们要进一步解放思想，增强开阔视野、放大格局的思想自觉，增强识变、思变、敢变、会变的主观能动性，为经济社会高质量发展提供改革动力。");
        List<String> two = notes.keyPoints().get(1).points().stream().map(StudyNotes.Point::text).toList();
        assertThat(two).hasSize(7);
        assertThat(two.get(0)).startsWith("经发局要牵头抓总");
        assertThat(two.get(5)).isEqualTo("城市形象是一个地区的脸面，示范区的城市要体现示范区的精气神。");
        assertThat(two.get(6)).startsWith("要围绕“高效办成一件事”");
        assertThat(String.join("", two)).doesNotContain("重要意义").doesNotContain("×");
    }

    @Test
    void requirementPatternSkipsWordsThatMerelyContain要() {
        assertThat(Requirements.isRequirement("对中国的发展起到了重要作用。")).isFalse();
        assertThat(Requirements.isRequirement("只有经济好了，而且还要是第一。")).isFalse();
        assertThat(Requirements.isRequirement("只要符合产业规划，就可以引入。")).isFalse();
        assertThat(Requirements.isRequirement("要坚持“企业至上”。")).isTrue();
        assertThat(Requirements.isRequirement("力争GDP年底继续保持第一。")).isTrue();
        assertThat(Requirements.isRequirement("确保完成全年目标。")).isTrue();
    }

    @Test
    void excerptsHistoryAndTasksAreTheSpeechsOwn() {
        assertThat(notes.excerpts()).extracting(StudyNotes.Excerpt::number, StudyNotes.Excerpt::text)
                .containsExactly(tuple(1, "使市场在资源配置中起决定性作用"), tuple(2, "人一之我十之"), tuple(3, "拣到篮子就是菜"));
        assertThat(notes.excerpts().get(2).sentence()).isEqualTo("要保持定力，没有好项目要敢于适当留白，绝对不能“拣到篮子就是菜”。");

        assertThat(notes.history()).extracting(StudyNotes.HistoryRow::year, StudyNotes.HistoryRow::session)
                .containsExactly(tuple("1978年", "十一届三中全会"), tuple("1993年", "十四届三中全会"), tuple("2013年", "十八届三中全会"));
        assertThat(notes.history().get(0).sentence()).isEqualTo("1978年的十一届三中全会拉开中国改革开放大幕。");

        assertThat(notes.tasks()).extracting(StudyNotes.TaskRow::number, StudyNotes.TaskRow::lead, StudyNotes.TaskRow::belongsTo)
                .containsExactly(tuple(1, "经发局", "经济运行"), tuple(2, "生物医药园", "产业发展"),
                        tuple(3, "投资服务局", "项目建设"), tuple(4, "科技局", "科技创新"));
        assertThat(notes.tasks().get(0).task()).startsWith("经发局要牵头抓总，其他部门全力配合");
    }

    @Test
    void dataOverviewFillsWhatTheDataKnowsAndFlagsTheRest() {
        assertThat(notes.figures()).extracting(StudyNotes.DataLine::text).containsExactly(
                "地区生产总值完成412.6亿元，增速6.3%，全市排名第1；",
                "一般公共预算收入完成28.1亿元，增速3.1%，总量全市第2；",
                "固定资产投资完成156.2亿元，增速9.4%，全市排名第3，7月增速×%，我们体量在增，增速还在加速，总量在全市排在前列；",
                "规上工业增加值完成180.0亿元，增速-2.7%，其他经济指标均居全市前列。");
        assertThat(notes.unfilled()).isTrue();
        assertThat(assembled.warnings()).singleElement().asString().contains("7月增速×%");
    }

    @Test
    void withoutFiguresEveryMarkStaysAndIsReported() {
        var bare = new StudyNotesAssembler().assemble(SeedSpeech.speech(), List.of(), OPTIONS);

        assertThat(bare.model().figures().get(0).text()).isEqualTo(SeedSpeech.SCORECARD_1);
        assertThat(bare.warnings()).hasSize(12);
    }

    @Test
    void oneQuestionPerSectionFromTheFixedSentence() {
        assertThat(notes.questions()).extracting(StudyNotes.Question::text).containsExactly(
                "结合本单位实际，如何理解和落实“充分认识二十届三中会的重要意义”的要求？",
                "结合本单位实际，如何理解和落实“以更加奋发有为的精神状态推动全会精神落地落实”的要求？",
                "结合本单位实际，如何理解和落实“在狠抓末端落实上出实招、求实效”的要求？");
    }

    @Test
    void configuredKeywordsAndSubtitleWin() {
        var options = new StudyNotesOptions("示范区", LocalDate.of(2026, 11, 7), "——学习贯彻党的二十届三中全会精神",
                List.of("改革", "落实"), null);

        StudyNotes configured = new StudyNotesAssembler().assemble(SeedSpeech.speech(), List.of(), options).model();

        assertThat(configured.subtitle()).isEqualTo("——学习贯彻党的二十届三中全会精神");
        assertThat(configured.keywords()).isEqualTo("改革　落实");
    }
}

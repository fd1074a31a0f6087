package org.jianbao.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The study notes assembled from the real analysed seed speech. */
class StudyNotesAssemblerTest {

    private static final StudyNotesOptions OPTIONS = new StudyNotesOptions("示范区", LocalDate.of(2026, 11, 7), null,
            List.of("全面深化改革", "改革", "中国式现代化"), SampleFacts.PERIOD);
    private final Assembled<StudyNotes> assembled = new StudyNotesAssembler().assemble(Seed.speech(), SampleFacts.figures(), OPTIONS);
    private final StudyNotes notes = assembled.model();

    @Test
    void theTitleBreaksBetweenWordsIntoBalancedLines() {
        assertThat(notes.titleLines()).extracting(StudyNotes.Line::text)
                .containsExactly("《县委书记在传达二十届三中全会", "精神会议上的讲话》学习笔记");
    }

    @Test
    void backgroundComesFromTheReferenceData() {
        assertThat(notes.background()).isEqualTo(
                "党的二十届三中全会于2024年7月15日至18日在北京举行，审议通过了《中共中央关于进一步全面深化改革、推进中国式现代化的决定》。");
        assertThat(notes.no()).isEqualTo(new StudyNotes.Numbers("一", "二", "三", "四", "五", "六", "七", "八"));
    }

    @Test
    void headingsCarryTheCanonicalNameAndTheCorrectionIsReported() {
        assertThat(notes.outline().get(0).heading()).isEqualTo("充分认识二十届三中全会的重要意义");
        assertThat(notes.keyPoints().get(0).heading()).isEqualTo("充分认识二十届三中全会的重要意义");
        assertThat(assembled.warnings()).contains("讲话原文“二十届三中会”按规范写作“二十届三中全会”，生成内容已更正");
    }

    @Test
    void excerptsAreWholeDistinctFormulationsWithoutAsides() {
        List<String> excerpts = notes.excerpts().stream().map(StudyNotes.Excerpt::sentence).toList();
        assertThat(excerpts).doesNotHaveDuplicates();
        assertThat(excerpts).allSatisfy(s -> {
            assertThat(s).endsWith("。").doesNotContain("；").doesNotContain(",").doesNotContain("我说").doesNotContain("大产投基金");
            assertThat(s).doesNotContain("一个企业把我们房地产");
        });
        assertThat(excerpts).noneMatch(s -> s.contains("“内卷”"));
        assertThat(excerpts).contains(
                "进一步全面深化改革的总目标是“继续完善和发展中国特色社会主义制度，推进国家治理体系和治理能力现代化”。",
                "全会明确指出，教育、科技、人才是中国式现代化的基础性、战略性支撑，强调发展以科技创新为核心的新质生产力。");
        assertThat(excerpts).anyMatch(s -> s.contains("纲领性文件"));
        assertThat(excerpts).filteredOn(s -> s.contains("只进一门")).singleElement().asString()
                .contains("“高效办成一件事”").contains("“一网通办”");
        assertThat(excerpts).filteredOn(s -> s.contains("四责协同")).singleElement().asString().contains("“融合型”");
    }

    @Test
    void keyPointsAreThesesNotAsidesAndNotRepeatedFromTheExcerpts() {
        Set<String> excerpts = new HashSet<>(notes.excerpts().stream().map(StudyNotes.Excerpt::sentence).toList());
        for (var section : notes.keyPoints()) {
            for (var point : section.points()) {
                assertThat(point.text()).doesNotContain("一个企业把我们", "另外空气质量指数我们", "这是我说的");
                assertThat(excerpts).doesNotContain(point.text());
            }
        }
        assertThat(notes.keyPoints().get(2).points()).extracting(StudyNotes.Point::text)
                .contains("我们各方面工作的方向、目标、路径都已经明确，关键是落实。");
    }

    @Test
    void historyIsRightToTheYearAndIncludesThePlenumTheSpeechIsAbout() {
        assertThat(notes.history()).extracting(StudyNotes.HistoryRow::time, StudyNotes.HistoryRow::session).containsExactly(
                tuple("1978年12月", "十一届三中全会"), tuple("1993年11月", "十四届三中全会"), tuple("2013年11月", "十八届三中全会"),
                tuple("2018年2月", "十九届三中全会"), tuple("2024年7月", "二十届三中全会"));
        assertThat(notes.history().get(3).sentence()).as("the oral aside in brackets is not quoted")
                .doesNotContain("新的机构改革是从18年开始").startsWith("2018年的十九届三中会，通过了");
        assertThat(notes.history().get(4).sentence()).startsWith("此次三中全会，审议通过的《中共中央关于进一步全面深化改革");
    }

    @Test
    void everyWorkAreaAndEveryTaskedUnitIsInTheTaskTable() {
        assertThat(notes.tasks()).extracting(StudyNotes.TaskRow::area, StudyNotes.TaskRow::lead).containsExactly(
                tuple("经济运行", "经发局"), tuple("产业发展", "生物医药园"), tuple("园区建设", "—"),
                tuple("项目建设", "投资服务局、园区"), tuple("科技创新", "科技局"), tuple("城市建设", "—"),
                tuple("营商环境", "—"), tuple("全面压实改革领导责任", "—"), tuple("以改革精神抓好新时代党的建设", "—"));
        assertThat(notes.tasks().get(3).task()).isEqualTo("投资服务局和园区要把更多精力放在招商引资上，集中优势资源聚力攻坚");
        assertThat(notes.tasks().get(5).task()).startsWith("要坚定不移加快推进重大城市更新项目建设");
    }

    @Test
    void dataOverviewNamesItsPeriodAndNotesTheMarkItCannotFill() {
        assertThat(notes.dataPeriod()).isEqualTo("讲话中的数据按示范区2026年1—10月数据填写如下：");
        assertThat(notes.figures()).hasSize(4);
        assertThat(notes.figures().get(0).text()).isEqualTo("地区生产总值完成1143.8亿元，增速6.7%，全市排名第1；");
        StudyNotes.DataLine investment = notes.figures().get(2);
        assertThat(investment.text()).contains("全市排名第4，7月增速×%");
        assertThat(investment.note()).startsWith("注：此句“×”处暂无对应数据（固定资产投资7月当月增速不在本期数据中");
        assertThat(notes.figures().get(0).note()).isEmpty();
    }

    @Test
    void questionsAreTiedToAFormulationATaskAProblemAndTheSectionOnImplementation() {
        assertThat(notes.questions()).hasSizeBetween(3, 5);
        assertThat(notes.questions()).extracting(StudyNotes.Question::text).containsExactly(
                "讲话提出“使市场在资源配置中起决定性作用”，结合本单位实际，应当如何理解和把握？",
                "讲话要求经发局“牵头抓总，其他部门全力配合，加强协调调度，加强运行监测”，本单位在落实中还存在哪些差距？",
                "1—10月，一般公共预算收入完成年度目标104.5亿元的82.2%，落后序时进度1.1个百分点，"
                        + "如何按照讲话“把功夫下到平时，以旬保月，以月保季，以季保年，力争GDP年底继续保持第一”的要求加以改进？",
                "对照讲话“在狠抓末端落实上出实招、求实效”的要求，本单位应采取哪些具体举措？");
    }

    @Test
    void keywordsNameTheSpeechsThemes() {
        assertThat(notes.keywords().split("　")).contains("二十届三中全会", "新质生产力", "全面深化改革", "高效办成一件事")
                .doesNotContain("发展", "项目", "国家", "全市前列", "人一之我十之");
    }

    @Test
    void aSentenceOfAnotherPeriodIsNotFilledWithThisPeriodsFigures() {
        var speech = Seed.of("""
                区长在全区经济运行调度会上的讲话
                一、经济运行情况
                1—8月，全区地区生产总值完成X亿元，同比增长X%。
                二、下步工作
                （一）抓工业稳增长。区工信局要加强重点企业运行监测。
                """);
        var model = new StudyNotesAssembler().assemble(speech, SampleFacts.figures(), OPTIONS);

        StudyNotes.DataLine line = model.model().figures().get(0);
        assertThat(line.text()).doesNotContain("1143.8").contains("X亿元");
        assertThat(line.note()).isEqualTo("注：此句所述为1—8月数据，本期数据为1—10月，未填写。");
        assertThat(StudyNotesAssembler.namedPeriod("上半年，地区生产总值完成×亿元", YearMonth.of(2026, 10))).isEqualTo(YearMonth.of(2026, 6));
    }

    @Test
    void sectionsWithNothingToSayAreLeftOutAndTheNumberingClosesUp() {
        var speech = Seed.of("""
                关于深化改革的几点意见
                一、总体要求
                要坚持稳中求进工作总基调，确保各项改革任务落地见效。
                二、保障措施
                各部门要加强组织领导，确保责任落实到位。
                """);
        var model = new StudyNotesAssembler().assemble(speech, List.of(), new StudyNotesOptions("示范区", LocalDate.of(2026, 11, 7)));

        StudyNotes.Numbers no = model.model().no();
        assertThat(no.background()).isEmpty();
        assertThat(no.history()).isEmpty();
        assertThat(no.figures()).isEmpty();
        assertThat(no.outline()).isEqualTo("一");
        assertThat(no.keyPoints()).isEqualTo("二");
        assertThat(model.warnings()).anyMatch(w -> w.contains("历史脉络一节从略")).anyMatch(w -> w.contains("数据速览一节从略"));
    }
}

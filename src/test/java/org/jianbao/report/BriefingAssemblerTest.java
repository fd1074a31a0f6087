package org.jianbao.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jianbao.template.Chart;
import org.junit.jupiter.api.Test;

/** The briefing assembled from the real analysed seed speech and crafted facts. */
class BriefingAssemblerTest {

    private final Assembled<Briefing> assembled = new BriefingAssembler().assemble(Seed.speech(), SampleFacts.facts());
    private final Briefing briefing = assembled.model();

    @Test
    void mastheadAndTitleComeFromTheFacts() {
        assertThat(briefing.unit().name()).isEqualTo("示范区");
        assertThat(briefing.issue()).isEqualTo(10);
        assertThat(briefing.title()).isEqualTo("示范区2026年1—10月经济运行及重点工作进展情况");
        assertThat(briefing.period()).isEqualTo("2026年1—10月");
        assertThat(briefing.months()).isEqualTo("1—10月");
        assertThat(BriefingAssembler.title("示范区", YearMonth.of(2026, 1))).isEqualTo("示范区2026年1月经济运行及重点工作进展情况");
    }

    @Test
    void leadIsTheOfficesOwnVoiceBuiltFromTheFiguresTheSpeechsScorecardNames() {
        assertThat(briefing.lead()).isEqualTo("1—10月，全区实现地区生产总值1143.8亿元，同比增长6.7%，高于全市1.5个百分点，居全市第1位；"
                + "一般公共预算收入完成85.9亿元，同比增长3.6%，高于全市0.1个百分点，居全市第3位；"
                + "固定资产投资完成464.2亿元，同比增长8.7%，高于全市4.5个百分点，居全市第4位，较9月下降2位；"
                + "规上工业增加值完成366.3亿元，同比增长7.2%，高于全市1.0个百分点，居全市第2位。");
    }

    @Test
    void nothingOfTheSpeechsOwnVoiceOrUnfilledMarksReachesTheBriefing() {
        String all = text(briefing);
        assertThat(all).doesNotContain("我们", "×", "加速", "前列", "本期累计", "本期为", "讲话未明确", ",", ";", "(");
        assertThat(assembled.warnings()).noneMatch(w -> w.contains("未填写"));
    }

    @Test
    void noSentenceIsPrintedTwice() {
        Set<String> seen = new HashSet<>();
        for (String sentence : text(briefing).split("(?<=[。；])")) {
            if (sentence.length() > 8) {
                assertThat(seen.add(sentence)).as("printed twice: %s", sentence).isTrue();
            }
        }
    }

    @Test
    void theTableSplitsTheTargetAndJudgesEachKindByItsOwnRule() {
        assertThat(briefing.indicators())
                .extracting(Briefing.IndicatorRow::name, Briefing.IndicatorRow::value, Briefing.IndicatorRow::targetValue,
                        Briefing.IndicatorRow::targetGrowth, Briefing.IndicatorRow::targetRank, Briefing.IndicatorRow::progress)
                .containsExactly(
                        tuple("地区生产总值", "1143.8", "1368", "6.5", "1", "▲83.6%"),
                        tuple("一般公共预算收入", "85.9", "104.5", "6.0", "—", "▼82.2%"),
                        tuple("固定资产投资", "464.2", "—", "8.0", "2", "▼"),
                        tuple("规上工业增加值", "366.3", "—", "7.0", "2", "▲"),
                        tuple("空气质量综合指数", "4.29", "—", "—", "8", "▲"),
                        tuple("新增市场主体", "18795", "22500", "—", "—", "▲83.5%"));
    }

    @Test
    void problemsAreOneSentenceEachGravestFirstAndNameTheMonthlySlowdown() {
        assertThat(briefing.problems()).extracting(Briefing.Problem::number).containsExactly("一", "二", "三", "四", "五");
        assertThat(briefing.problems()).extracting(Briefing.Problem::text).containsExactly(
                "一般公共预算收入完成年度目标104.5亿元的82.2%，落后序时进度1.1个百分点；同比增长3.6%，低于6.0%的年度目标2.4个百分点。",
                "10月当月增速明显回落，规上工业增加值、一般公共预算收入、固定资产投资分别增长3.6%、0.8%、7.0%，较9月回落7.2、3.9、3.4个百分点，"
                        + "另有1项指标回落3个百分点以上。",
                "固定资产投资居全市第4位，未达到第2位的年度目标，较9月下降2位。",
                "2个项目超过计划开工时间仍未开工，分别是新一代疫苗产业化基地（生物医药园，计划2026年5月开工）、共享服务平台二期（投资服务局，计划2026年9月开工）。",
                "1个项目超过计划投产时间仍未投产，分别是博远传感器生产线项目（经发局，计划2026年2月投产）。");
    }

    @Test
    void workAreasQuoteEachRequirementOnceAndNameTheUnitsTheSpeechTasks() {
        assertThat(briefing.requirementSource()).isEqualTo("按照县委书记在传达二十届三中全会精神会议上的讲话要求，现将各项重点工作推进情况简报如下。");
        assertThat(briefing.workAreas()).extracting(Briefing.WorkArea::number, Briefing.WorkArea::name)
                .containsExactly(tuple("一", "经济运行"), tuple("二", "产业发展"), tuple("三", "园区建设"), tuple("四", "项目建设"),
                        tuple("五", "科技创新"), tuple("六", "城市建设"), tuple("七", "营商环境"));
        Briefing.WorkArea economy = briefing.workAreas().get(0);
        assertThat(economy.requirement()).startsWith("讲话要求“经发局要牵头抓总，其他部门全力配合");
        assertThat(economy.departments()).as("the quote names it already").isEmpty();
        Briefing.WorkArea projects = briefing.workAreas().get(3);
        assertThat(projects.departments()).isEqualTo("责任单位：投资服务局、园区。");
        assertThat(projects.facts()).isEqualTo("招引项目254个、重点项目130个，开工率分别为74.0%、73.4%，今年应投产的105个、7个项目"
                + "已投产42个、0个，投产率分别为40.0%、0.0%（已终止项目不计）。");
        assertThat(briefing.workAreas().get(2).departments()).as("no unit named: the line is left out").isEmpty();
        assertThat(briefing.workAreas().get(6).requirement()).as("nested quotation marks").contains("‘高效办成一件事’");
        assertThat(briefing.workAreas()).allSatisfy(a -> assertThat(a.requirement().length()).as("whole clauses, short").isLessThanOrEqualTo(60));
    }

    @Test
    void nextStepsAnswerTheProblemsWithRequirementClausesNotQuotedAbove() {
        assertThat(briefing.nextSteps()).extracting(Briefing.NextStep::text).containsExactly(
                "针对问题（一）至（三），落实讲话“把功夫下到平时，以旬保月，以月保季，以季保年，力争GDP年底继续保持第一”的要求，由经发局牵头。",
                "针对问题（四）（五），落实讲话“力争更多项目早开工、快建设、早投产”的要求，由投资服务局、园区牵头。");
        List<String> quotedAbove = new ArrayList<>();
        briefing.workAreas().forEach(a -> quotedAbove.add(a.requirement()));
        for (Briefing.NextStep step : briefing.nextSteps()) {
            String quote = step.text().substring(step.text().indexOf('“') + 1, step.text().indexOf('”'));
            assertThat(quotedAbove).noneMatch(q -> q.contains(quote));
        }
    }

    @Test
    void highlightsNameWhatStandsOutWithoutRepeatingTheTable() {
        assertThat(briefing.highlights()).isEqualTo("对照年度目标，4项指标达到年度目标或序时进度，2项未达到（见表1）。10月当月，4项指标增速较9月明显回落。");
    }

    @Test
    void chartShowsTheHeadlineGrowthWithItsCaption() {
        Chart chart = briefing.growthChart();
        assertThat(chart.type()).isEqualTo(Chart.ChartType.LINE);
        assertThat(chart.title()).as("the caption is the title").isNull();
        assertThat(briefing.chartCaption()).isEqualTo("图1　主要指标累计增速（%）");
        assertThat(chart.series().get(0).values()).containsExactly(6.4, null, 6.1, 6.3, 6.5, 6.8, 6.6, 6.9, 6.8, 6.7);
    }

    @Test
    void tailListsTheDistributionLinesThatHaveRecipients() {
        assertThat(briefing.tailLines()).extracting(Briefing.TailLine::label, Briefing.TailLine::names).containsExactly(
                tuple("报", "市委办公室，市政府办公室"), tuple("送", "区人大工委，区政协工委"), tuple("发", "区直各部门，各园区"));
        assertThat(briefing.copies()).isEqualTo(60);
    }

    @Test
    void noProblemsWhenEveryFigureIsOnTrack() {
        var good = SampleFacts.with(List.of(SampleFacts.gdp()), ProjectLedger.empty());
        var onTrack = new IndicatorFigure("GDP", "地区生产总值", List.of(), "亿元", "经济运行", true,
                1143.82, 6.7, 8.0, 1, 1, 5.2, new IndicatorTarget(1368.0, 6.5, 1), null, 8.4);

        var model = new BriefingAssembler().assemble(Seed.speech(), SampleFacts.with(List.of(onTrack), ProjectLedger.empty())).model();

        assertThat(good.figures()).hasSize(1);
        assertThat(model.problems()).isEmpty();
        assertThat(model.nextSteps()).isEmpty();
    }

    static String text(Briefing b) {
        StringBuilder s = new StringBuilder(b.lead()).append(b.highlights()).append(b.requirementSource());
        b.workAreas().forEach(a -> s.append(a.name()).append(a.requirement()).append(a.departments()).append(a.facts()));
        b.problems().forEach(p -> s.append(p.text()));
        b.nextSteps().forEach(n -> s.append(n.text()));
        return s.toString();
    }
}

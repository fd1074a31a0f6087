package org.jianbao.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.YearMonth;
import java.util.List;

import org.jianbao.template.Chart;
import org.junit.jupiter.api.Test;

class BriefingAssemblerTest {

    private final Briefing briefing = new BriefingAssembler().assemble(SeedSpeech.speech(), SampleFacts.facts()).model();

    @Test
    void mastheadAndTitleComeFromTheFacts() {
        assertThat(briefing.unit().name()).isEqualTo("示范区");
        assertThat(briefing.issue()).isEqualTo(10);
        assertThat(briefing.issuingOffice()).isEqualTo("示范区党政办公室");
        assertThat(briefing.title()).isEqualTo("示范区2026年1—10月经济运行及重点工作进展情况");
        assertThat(briefing.period()).isEqualTo("2026年1—10月");
        assertThat(BriefingAssembler.title("示范区", YearMonth.of(2026, 1))).isEqualTo("示范区2026年1月经济运行及重点工作进展情况");
    }

    @Test
    void scorecardIsTheSpeechsSentenceWithThePeriodsFigures() {
        assertThat(briefing.scorecard()).isEqualTo(
                "地区生产总值完成412.6亿元，增速6.3%，全市排名第1；"
                        + "一般公共预算收入完成28.1亿元，增速3.1%，总量全市第2；"
                        + "固定资产投资完成156.2亿元，增速9.4%，全市排名第3，7月增速×%，我们体量在增，增速还在加速，总量在全市排在前列；"
                        + "规上工业增加值完成180.0亿元，增速-2.7%，其他经济指标均居全市前列。");
    }

    @Test
    void theOnlyUnfilledMarkIsReportedAsAWarning() {
        var assembled = new BriefingAssembler().assemble(SeedSpeech.speech(), SampleFacts.facts());

        assertThat(assembled.warnings()).singleElement().asString().contains("7月增速×%");
        assertThat(String.join("", assembled.model().workAreas().stream().map(Briefing.WorkArea::requirement).toList()))
                .doesNotContain("×");
    }

    @Test
    void theSameSentenceIsFilledWithoutTheAnalysersPlaceholders() {
        var inferred = new BriefingAssembler().assemble(SeedSpeech.speech(false), SampleFacts.facts()).model();

        assertThat(inferred.scorecard()).isEqualTo(briefing.scorecard());
    }

    @Test
    void indicatorTableRowsAreFormattedAsOfficesPrintThem() {
        assertThat(briefing.indicators())
                .extracting(Briefing.IndicatorRow::name, Briefing.IndicatorRow::measure, Briefing.IndicatorRow::value,
                        Briefing.IndicatorRow::growth, Briefing.IndicatorRow::rank, Briefing.IndicatorRow::target,
                        Briefing.IndicatorRow::progress)
                .containsExactly(
                        tuple("地区生产总值", "亿元", "412.6", "6.3", "1", "480.0，增长6.0%，第1位", "▲86.0%"),
                        tuple("一般公共预算收入", "亿元", "28.1", "3.1", "2", "40.0", "▼70.4%"),
                        tuple("固定资产投资", "亿元", "156.2", "9.4", "3", "增长8.0%，第2位", "▼"),
                        tuple("规模以上工业增加值", "亿元", "180.0", "-2.7", "4", "—", "—"));
    }

    @Test
    void problemsFollowTheDocumentedRules() {
        assertThat(briefing.problems()).extracting(Briefing.Problem::number, Briefing.Problem::area, Briefing.Problem::text)
                .containsExactly(
                        tuple(1, "经济运行", "一般公共预算收入本期累计完成28.1亿元，完成年度目标40.0亿元的70.4%，落后序时进度（83.3%）12.9个百分点；"
                                + "同比增长3.1%，低于全市平均水平（增长4.0%）0.9个百分点。"),
                        tuple(2, "项目建设", "固定资产投资全市排名第3位，未达到年度目标（第2位）；全市排名较上月下降1位（由第2位降至第3位）。"),
                        tuple(3, "项目建设", "项目建设方面，有2个项目超过计划开工时间仍未开工，分别是："
                                + "新一代疫苗产业化基地（生物医药园，包联领导张三，计划2026年5月开工）、共享服务平台二期（投资服务局，计划2026年9月开工）。"));
    }

    @Test
    void noProblemsWhenEveryFigureIsOnTrack() {
        var facts = SampleFacts.facts();
        var good = new BriefingFacts(facts.unitName(), facts.period(), 1, facts.date(), facts.issuingOffice(),
                List.of(SampleFacts.gdp(), SampleFacts.industry()), facts.series(),
                new ProjectLedger(facts.ledger().lists(), List.of()), facts.distribution());

        var model = new BriefingAssembler().assemble(SeedSpeech.speech(), good).model();

        assertThat(model.problems()).isEmpty();
        assertThat(model.nextSteps()).isEmpty();
    }

    @Test
    void aLowerIsBetterIndicatorIsJudgedTheOtherWayRound() {
        var energy = new IndicatorFigure("EN", "单位GDP能耗", List.of(), "吨标准煤/万元", "经济运行", false,
                0.58, -3.0, null, 2, 2, -4.0, new IndicatorTarget(0.50, -3.5, null));
        var facts = SampleFacts.facts();
        var withEnergy = new BriefingFacts(facts.unitName(), facts.period(), 1, facts.date(), facts.issuingOffice(),
                List.of(energy), List.of(), ProjectLedger.empty(), facts.distribution());

        var model = new BriefingAssembler().assemble(SeedSpeech.speech(), withEnergy).model();

        assertThat(model.indicators().get(0).progress()).isEqualTo("▼");
        assertThat(model.problems()).singleElement().extracting(Briefing.Problem::text).isEqualTo(
                "单位GDP能耗本期为0.6吨标准煤/万元，高于年度目标（0.5吨标准煤/万元）；同比下降3.0%，高于年度目标（下降3.5%）0.5个百分点；"
                        + "高于全市平均水平（下降4.0%）1.0个百分点。");
        assertThat(model.growthChart()).isNull();
    }

    @Test
    void workAreasAreTheSpeechsItemsWithRequirementsDepartmentsAndData() {
        assertThat(briefing.workAreas()).extracting(Briefing.WorkArea::number, Briefing.WorkArea::name, Briefing.WorkArea::departments)
                .containsExactly(
                        tuple("一", "经济运行", "经发局"), tuple("二", "产业发展", "生物医药园"), tuple("三", "园区建设", "讲话未明确"),
                        tuple("四", "项目建设", "投资服务局"), tuple("五", "科技创新", "科技局"), tuple("六", "城市建设", "讲话未明确"),
                        tuple("七", "营商环境", "讲话未明确"));

        Briefing.WorkArea economy = briefing.workAreas().get(0);
        assertThat(economy.requirement()).isEqualTo(
                "经发局要牵头抓总，其他部门全力配合，加强协调调度，加强运行监测，把功夫下到平时，以旬保月，以月保季，以季保年，力争GDP年底继续保持第一，其他指标保持全市前列。");
        assertThat(economy.facts()).extracting(Briefing.Fact::text).containsExactly(
                "地区生产总值本期累计完成412.6亿元，同比增长6.3%，全市排名第1位。",
                "一般公共预算收入本期累计完成28.1亿元，同比增长3.1%，全市排名第2位。");

        Briefing.WorkArea city = briefing.workAreas().get(5);
        assertThat(city.requirement()).startsWith("城市形象是一个地区的脸面，示范区的城市要体现示范区的精气神。要坚定不移加快推进重大城市更新项目建设");

        Briefing.WorkArea projects = briefing.workAreas().get(3);
        assertThat(projects.facts()).extracting(Briefing.Fact::text).containsExactly(
                "固定资产投资本期累计完成156.2亿元，同比增长9.4%，全市排名第3位。",
                "招引项目254个，已签约254个、开工180个、投产95个，开工率70.9%、投产率37.4%。",
                "重点项目130个，已签约130个、开工118个、投产40个，开工率90.8%、投产率30.8%。",
                "未按计划开工项目2个，分别是：新一代疫苗产业化基地（生物医药园，包联领导张三，计划2026年5月开工）、共享服务平台二期（投资服务局，计划2026年9月开工）。");
        assertThat(briefing.workAreas().get(1).facts()).extracting(Briefing.Fact::text)
                .containsExactly("规模以上工业增加值本期累计完成180.0亿元，同比下降2.7%，全市排名第4位。");
        assertThat(briefing.workAreas().get(2).facts()).isEmpty();
    }

    @Test
    void nextStepsAreTheSpeechsRequirementsForTheAreasWithProblemsVerbatim() {
        assertThat(briefing.nextSteps()).extracting(Briefing.NextStep::number, Briefing.NextStep::area)
                .containsExactly(tuple("一", "经济运行"), tuple("二", "项目建设"));
        assertThat(briefing.nextSteps().get(1).text()).isEqualTo(SeedSpeech.PROJECTS);
    }

    @Test
    void chartShowsTheMonthlyGrowthOfTheMainIndicatorsThisYear() {
        Chart chart = briefing.growthChart();

        assertThat(chart.type()).isEqualTo(Chart.ChartType.LINE);
        assertThat(chart.categories()).containsExactly("1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月");
        assertThat(chart.series()).extracting(Chart.Series::name).containsExactly("地区生产总值", "固定资产投资");
        assertThat(chart.series().get(0).values()).containsExactly(5.1, null, 5.8, 6.0, 6.1, 6.3, 6.2, 6.2, 6.3, 6.3);
    }

    @Test
    void tailListsTheDistributionLinesThatHaveRecipients() {
        assertThat(briefing.tailLines()).extracting(Briefing.TailLine::label, Briefing.TailLine::names).containsExactly(
                tuple("报", "市委办公室，市政府办公室"), tuple("送", "区人大工委，区政协工委"), tuple("发", "区直各部门，各园区"));
        assertThat(briefing.copies()).isEqualTo(60);

        var facts = SampleFacts.facts();
        var onlyUp = new BriefingFacts(facts.unitName(), facts.period(), 1, facts.date(), facts.issuingOffice(), List.of(),
                List.of(), null, new Distribution(List.of("市委办公室"), List.of(), List.of(), 20));
        assertThat(new BriefingAssembler().assemble(SeedSpeech.speech(), onlyUp).model().tailLines())
                .extracting(Briefing.TailLine::label).containsExactly("报");
    }
}

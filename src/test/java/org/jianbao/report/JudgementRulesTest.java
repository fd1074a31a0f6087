package org.jianbao.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Every judgement rule of the briefing, with data chosen on both sides of its threshold. */
class JudgementRulesTest {

    private static final YearMonth OCTOBER = YearMonth.of(2026, 10); // 序时进度 10/12 = 83.3%

    private static IndicatorFigure flow(String name, String measure, double value, double target) {
        return new IndicatorFigure("X", name, List.of(), measure, "营商环境", true, value, null, null, null, null, null,
                new IndicatorTarget(target, null, null));
    }

    @ParameterizedTest(name = "{0} of 22500 → {1}")
    @CsvSource({
            "18795, ▲83.5%",   // the sample: 83.53% ≥ 83.3%
            "18743, ▲83.3%",   // 83.30%: exactly on schedule
            "18730, ▼83.2%",   // just behind, the share still shown
    })
    void aCumulativeFlowIsJudgedAgainstTheScheduleWithItsShareShownEitherWay(double value, String progress) {
        var result = TargetProgress.of(flow("新增市场主体", "户", value, 22500), OCTOBER);
        assertThat(result.progress()).isEqualTo(progress);
        assertThat(result.behindSchedule()).isEqualTo(progress.startsWith("▼"));
    }

    @Test
    void newEntitiesAreAFlowAndEnterprisesAStockByRule() {
        assertThat(IndicatorKind.of("新增市场主体", "户")).isEqualTo(IndicatorKind.FLOW);
        assertThat(IndicatorKind.of("固定资产投资", "亿元")).isEqualTo(IndicatorKind.FLOW);
        assertThat(IndicatorKind.of("高新技术企业数", "家")).isEqualTo(IndicatorKind.STOCK);
        assertThat(IndicatorKind.of("空气质量综合指数", "指数")).isEqualTo(IndicatorKind.INDEX);
    }

    @ParameterizedTest(name = "{0} enterprises of 1000 → {1}")
    @CsvSource({"1000, ▲", "999, ▼"})
    void aStockHasNoScheduleAndIsComparedWithItsTargetDirectly(double value, String progress) {
        var result = TargetProgress.of(flow("高新技术企业数", "家", value, 1000), OCTOBER);
        assertThat(result.progress()).isEqualTo(progress);
        assertThat(result.shortfalls()).allMatch(s -> s.part() == TargetProgress.Part.VALUE);
    }

    @ParameterizedTest(name = "index {0} against 4.3 → {1}")
    @CsvSource({"4.29, ▲", "4.3, ▲", "4.31, ▼"})
    void aLowerIndexIsBetterAndKeepsItsDigits(double value, String progress) {
        var air = new IndicatorFigure("AIR", "空气质量综合指数", List.of(), "指数", "城市建设", false, value, null, null, 7, 7,
                null, new IndicatorTarget(4.3, null, null));
        var result = TargetProgress.of(air, OCTOBER);
        assertThat(result.progress()).isEqualTo(progress);
        assertThat(OfficeNumbers.figure(value, IndicatorKind.INDEX, "指数")).isEqualTo(Double.toString(value).replaceAll("0$", ""));
        if (progress.equals("▼")) {
            assertThat(result.shortfalls().get(0).phrase()).isEqualTo("为4.31，高于年度目标4.3");
        }
    }

    @ParameterizedTest(name = "growth {0} against 6.0 → {1}")
    @CsvSource({"6.0, ▲", "5.96, ▲", "5.94, ▼"})
    void aGrowthTargetIsMetAtTheRoundedFigureTheReaderSees(double growth, String progress) {
        var f = new IndicatorFigure("R", "社会消费品零售总额", List.of(), "亿元", "经济运行", true, 230.1, growth, null, 3, 3,
                null, new IndicatorTarget(null, 6.0, null));
        assertThat(TargetProgress.of(f, OCTOBER).progress()).isEqualTo(progress);
    }

    @ParameterizedTest(name = "rank {0} against 3 → {1}")
    @CsvSource({"3, ▲", "4, ▼"})
    void aRankTargetIsMetByTheSameOrABetterRank(int rank, String progress) {
        var f = new IndicatorFigure("R", "社会消费品零售总额", List.of(), "亿元", "经济运行", true, 230.1, null, null, rank, rank,
                null, new IndicatorTarget(null, null, 3));
        assertThat(TargetProgress.of(f, OCTOBER).progress()).isEqualTo(progress);
    }

    @Test
    void roundTargetsHaveNoTrailingZero() {
        assertThat(OfficeNumbers.target(1368.0, IndicatorKind.FLOW, "亿元")).isEqualTo("1368");
        assertThat(OfficeNumbers.target(104.5, IndicatorKind.FLOW, "亿元")).isEqualTo("104.5");
        assertThat(OfficeNumbers.figure(5.85, IndicatorKind.FLOW, "亿美元")).isEqualTo("5.9");
    }

    @ParameterizedTest(name = "month growth {1} after {0} → slowed: {2}")
    @CsvSource({
            "4.7, 0.8, true",    // the sample's revenue: 3.9 points, 83 %
            "10.0, 7.0, true",   // 3.0 points, 30 %: on both thresholds
            "10.0, 7.1, false",  // 2.9 points
            "12.0, 9.0, false",  // 3.0 points but only 25 % of the rate
            "1.0, -0.5, true",   // turned from growth to decline
            "8.4, 5.8, false",   // the sample's GDP: 2.6 points
    })
    void aMonthlySlowdownNeedsThreePointsAndThirtyPercentOrATurnToDecline(double before, double now, boolean slowed) {
        var f = new IndicatorFigure("X", "一般公共预算收入", List.of(), "亿元", "经济运行", true, 85.9, 3.6, now, 3, 3, null, null,
                null, before);
        assertThat(ProblemRules.slowedSharply(f)).isEqualTo(slowed);
    }

    @Test
    void aSlowdownIsAProblemEvenWhenTheCumulativeFigureIsOnTrack() {
        var gdp = new IndicatorFigure("GDP", "地区生产总值", List.of(), "亿元", "经济运行", true, 1143.8, 6.7, 2.0, 1, 1, 5.2,
                new IndicatorTarget(1368.0, 6.5, 1), null, 8.4);
        var found = ProblemRules.find(SampleFacts.with(List.of(gdp), ProjectLedger.empty()), "项目建设", List.of(gdp));
        assertThat(found).singleElement().extracting(ProblemRules.Found::text)
                .isEqualTo("10月当月增速明显回落，地区生产总值增长2.0%，较9月回落6.4个百分点。");
    }

    @Test
    void terminatedProjectsLeaveTheStartRateAndOnlyProjectsDueThisYearCountForProduction() {
        var counts = new ProjectCounts("招引项目", 254, 254, 185, 50, 4, 105, 42);
        assertThat(counts.startRate()).isEqualTo(100.0 * 185 / 250);
        assertThat(counts.productionRate()).isEqualTo(40.0);
        assertThat(new ProjectCounts("重点项目", 10, 10, 5, 0, 0, 0, 0).productionRate()).as("none due").isNull();
    }

    @Test
    void atMostSixProblemsAreListedAndTheRestReported() {
        List<IndicatorFigure> behind = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            behind.add(new IndicatorFigure("X" + i, "指标" + "甲乙丙丁戊己庚辛".charAt(i), List.of(), "亿元", "经济运行", true, 10.0,
                    1.0, null, 5, 5, null, new IndicatorTarget(null, 6.0, null)));
        }
        var assembled = new BriefingAssembler().assemble(Seed.speech(), SampleFacts.with(behind, ProjectLedger.empty()));
        assertThat(assembled.model().problems()).hasSize(ProblemRules.MAX_PROBLEMS);
        assertThat(assembled.warnings()).filteredOn(w -> w.startsWith("存在问题超过6条")).hasSize(2);
    }
}

package org.jianbao.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The queries the report layer uses, on the shipped sample data (samples/), which tells a known story. */
@SpringBootTest
@ActiveProfiles("test")
class SampleDataQueriesTest {

    static final String UNIT = "示范区";
    static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    static final LocalDate AS_OF = LocalDate.of(2026, 10, 31);

    @Autowired
    SampleData sampleData;
    @Autowired
    IndicatorQueries queries;

    @BeforeEach
    void load() {
        List<ImportResult> results = sampleData.ensureLoaded();
        assertThat(results).hasSize(5).noneMatch(r -> r instanceof ImportResult.Refused);
    }

    @Test
    void loadingTwiceChangesNothing() {
        assertThat(sampleData.ensureLoaded()).hasSize(5).allMatch(r -> r instanceof ImportResult.Unchanged);
    }

    @Test
    void unitsAndLatestPeriod() {
        assertThat(queries.defaultUnit().name()).isEqualTo(UNIT);
        assertThat(queries.units()).extracting(Unit::name).contains(UNIT, "全市");
        assertThat(queries.latestPeriod(UNIT)).contains(OCTOBER);
    }

    @Test
    void figuresOfAPeriodInTheOrderOfTheSpeech() {
        List<Figure> figures = queries.figures(UNIT, OCTOBER);
        assertThat(figures).hasSize(15);
        assertThat(figures).extracting(Figure::name).startsWith("地区生产总值", "一般公共预算收入", "固定资产投资",
                "规上工业增加值", "社会消费品零售总额");
        Figure gdp = figures.get(0);
        assertThat(gdp.value()).isEqualByComparingTo("1143.82");
        assertThat(gdp.growth()).isEqualByComparingTo("6.7");
        assertThat(gdp.monthGrowth()).isEqualByComparingTo("5.8");
        assertThat(gdp.rank()).isEqualTo(1);
        assertThat(gdp.measure()).isEqualTo("亿元");
        assertThat(gdp.aliases()).contains("GDP", "生产总值");
        assertThat(gdp.area()).isEqualTo(WorkArea.经济运行);
        assertThat(gdp.higherIsBetter()).isTrue();
    }

    @Test
    void gdpIsFirstEveryMonthOf2026() {
        List<Figure> series = queries.monthlySeries(UNIT, "GDP", 2026);
        assertThat(series).extracting(Figure::period).containsExactly(
                java.util.stream.IntStream.rangeClosed(1, 10).mapToObj(m -> YearMonth.of(2026, m)).toArray(YearMonth[]::new));
        assertThat(series).extracting(Figure::rank).containsOnly(1);
        assertThat(series.get(0).previousRank()).isEqualTo(1);
    }

    @Test
    void eachMonthOfASeriesCarriesTheRankOfTheMonthBefore() {
        List<Figure> series = queries.monthlySeries(UNIT, "固投", 2026);
        for (int m = 1; m < series.size(); m++) {
            assertThat(series.get(m).previousRank()).as(series.get(m).period().toString())
                    .isEqualTo(series.get(m - 1).rank());
        }
        assertThat(series.get(9).previousRank()).isEqualTo(2);
        assertThat(series.get(9).rank()).isEqualTo(4);
    }

    @Test
    void fixedAssetInvestmentDropsFromSecondToFourthInOctober() {
        Figure fai = queries.figure(UNIT, "固投", OCTOBER).orElseThrow();
        assertThat(fai.rank()).isEqualTo(4);
        assertThat(fai.previousRank()).isEqualTo(2);
        assertThat(fai.rankDropped()).isTrue();
        assertThat(queries.figures(UNIT, OCTOBER)).filteredOn(Figure::rankDropped).extracting(Figure::code)
                .containsExactly("FAI");
    }

    @Test
    void airQualityIsRankOnly() {
        Figure air = queries.figure(UNIT, "空气质量综合指数", OCTOBER).orElseThrow();
        assertThat(air.rankOnly()).isTrue();
        assertThat(air.higherIsBetter()).isFalse();
        assertThat(air.rank()).isEqualTo(7);
    }

    @Test
    void cityAverageGrowth() {
        assertThat(queries.cityAverageGrowth("GDP", OCTOBER)).hasValueSatisfying(g -> assertThat(g).isEqualByComparingTo("5.2"));
        assertThat(queries.cityAverageGrowth("高新技术企业数", OCTOBER)).isEmpty();
    }

    @Test
    void targetsBySchedule() {
        TargetCheck gdp = queries.targetCheck(UNIT, "GDP", OCTOBER).orElseThrow();
        // 序时进度: 1368.0 × 10 / 12 = 1140.00, reached with 1143.82.
        assertThat(gdp.expectedToDate()).isEqualByComparingTo("1140.00");
        assertThat(gdp.value()).isEqualTo(Verdict.MET);
        assertThat(gdp.rank()).isEqualTo(Verdict.MET);
        assertThat(gdp.met()).isTrue();

        TargetCheck revenue = queries.targetCheck(UNIT, "一般公共预算收入", OCTOBER).orElseThrow();
        assertThat(revenue.expectedToDate()).isEqualByComparingTo("87.08");
        assertThat(revenue.value()).isEqualTo(Verdict.NOT_MET);
        assertThat(revenue.growth()).isEqualTo(Verdict.NOT_MET);
        assertThat(revenue.rank()).isEqualTo(Verdict.NO_TARGET);
        assertThat(revenue.behind()).isTrue();

        assertThat(queries.indicators().stream().map(i -> queries.targetCheck(UNIT, i.code(), OCTOBER))
                .flatMap(java.util.Optional::stream).filter(TargetCheck::behind).map(c -> c.target().code()))
                .containsExactly("BUDGET_REV", "FAI", "RETAIL");
        assertThat(queries.targetCheck(UNIT, "GDP", YearMonth.of(2025, 10))).isEmpty();
    }

    @Test
    void projectLedgerMatchesTheSpeech() {
        List<ProjectCount> counts = queries.projectCounts(UNIT);
        assertThat(counts.stream().filter(c -> c.category() == ProjectCategory.招引项目).mapToInt(ProjectCount::count).sum()).isEqualTo(254);
        assertThat(counts.stream().filter(c -> c.category() == ProjectCategory.重点项目).mapToInt(ProjectCount::count).sum()).isEqualTo(130);
        assertThat(counts).contains(new ProjectCount(ProjectCategory.招引项目, ProjectStatus.已投产, 42));

        ProjectRates attracted = queries.projectRates(UNIT, ProjectCategory.招引项目, AS_OF);
        assertThat(attracted).extracting(ProjectRates::total, ProjectRates::started, ProjectRates::inProduction,
                ProjectRates::behindSchedule).containsExactly(254, 185, 42, 65);
        assertThat(attracted.startRate()).isEqualByComparingTo("72.8");
        assertThat(attracted.productionRate()).isEqualByComparingTo("16.5");
    }

    @Test
    void projectsBehindScheduleAndOfADepartment() {
        List<Project> behind = queries.projectsBehindSchedule(UNIT, AS_OF);
        assertThat(behind).hasSize(81).allSatisfy(p -> {
            assertThat(p.plannedStart()).isBefore(AS_OF);
            assertThat(p.actualStart()).isNull();
            assertThat(p.status()).isIn(ProjectStatus.已签约, ProjectStatus.前期手续);
            assertThat(p.leader()).isNotBlank();
            assertThat(p.dept()).isNotBlank();
        });
        assertThat(behind).isSortedAccordingTo(java.util.Comparator.comparing(Project::plannedStart));

        List<Project> bio = queries.projectsOfDepartment(UNIT, "生物医药园");
        assertThat(bio).isNotEmpty().allMatch(p -> p.dept().equals("生物医药园"));
        assertThat(bio).allSatisfy(p -> assertThat(p.latestProgress()).isNotBlank());
        assertThat(bio.get(0).latestProgressWeek()).isEqualTo(LocalDate.of(2026, 10, 26));
        assertThat(queries.projectsOfDepartment(UNIT, "投资服务局")).extracting(Project::dept).containsOnly("投资服务局");
    }
}

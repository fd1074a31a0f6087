package org.jianbao.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.TreeMap;

/**
 * Facts for 示范区, 2026年1—10月, with the figures of {@code samples/} for the headline indicators: GDP on track and
 * first; budget revenue behind the 序时进度 and its growth target; investment's rank dropped from 2nd to 4th; industry on
 * track; this month's growth of revenue, industry and investment fell sharply; three projects not started (two due
 * before November), one not producing although due.
 */
final class SampleFacts {

    static final YearMonth PERIOD = YearMonth.of(2026, 10);

    private SampleFacts() {
    }

    static IndicatorFigure gdp() {
        return new IndicatorFigure("GDP", "地区生产总值", List.of("GDP", "生产总值"), "亿元", "经济运行", true,
                1143.82, 6.7, 5.8, 1, 1, 5.2, new IndicatorTarget(1368.0, 6.5, 1), null, 8.4);
    }

    static IndicatorFigure revenue() {
        return new IndicatorFigure("BUDGET_REV", "一般公共预算收入", List.of("财政收入"), "亿元", "经济运行", true,
                85.90, 3.6, 0.8, 3, 3, 3.5, new IndicatorTarget(104.5, 6.0, null), null, 4.7);
    }

    static IndicatorFigure investment() {
        return new IndicatorFigure("FAI", "固定资产投资", List.of("固投"), "亿元", "经济运行", true,
                464.21, 8.7, 7.0, 4, 2, 4.2, new IndicatorTarget(null, 8.0, 2), null, 10.4);
    }

    static IndicatorFigure industry() {
        return new IndicatorFigure("IND_VA", "规上工业增加值", List.of("规模以上工业增加值"), "亿元", "经济运行", true,
                366.27, 7.2, 3.6, 2, 2, 6.2, new IndicatorTarget(null, 7.0, 2), null, 10.8);
    }

    static IndicatorFigure newEntities() {
        return new IndicatorFigure("NEW_ENTITIES", "新增市场主体", List.of(), "户", "营商环境", true,
                18795.0, 7.4, 6.5, 2, 2, null, new IndicatorTarget(22500.0, null, null), null, 9.9);
    }

    static IndicatorFigure airQuality() {
        return new IndicatorFigure("AIR_QUALITY", "空气质量综合指数", List.of("空气质量指数"), "指数", "城市建设", false,
                4.29, null, null, 7, 7, null, new IndicatorTarget(null, null, 8), null, null);
    }

    static List<IndicatorFigure> figures() {
        return List.of(gdp(), revenue(), investment(), industry(), airQuality(), newEntities());
    }

    static ProjectLedger ledger() {
        return new ProjectLedger(
                List.of(new ProjectCounts("招引项目", 254, 254, 185, 42, 4, 105, 42),
                        new ProjectCounts("重点项目", 130, 130, 94, 0, 2, 7, 0)),
                List.of(new LateProject("新一代疫苗产业化基地", "生物医药园", "张三", LocalDate.of(2026, 5, 1)),
                        new LateProject("共享服务平台二期", "投资服务局", null, LocalDate.of(2026, 9, 15)),
                        new LateProject("立体厂房三期", "园区建设局", null, LocalDate.of(2026, 12, 1))),
                List.of(new LateProduction("博远传感器生产线项目", "经发局", null, LocalDate.of(2026, 2, 1))));
    }

    static List<MonthlySeries> series() {
        TreeMap<YearMonth, Double> gdp = new TreeMap<>();
        TreeMap<YearMonth, Double> fai = new TreeMap<>();
        double[] g = {6.4, 5.9, 6.1, 6.3, 6.5, 6.8, 6.6, 6.9, 6.8, 6.7};
        double[] f = {9.0, 8.5, 8.1, 8.0, 8.6, 9.0, 9.9, 9.6, 8.9, 8.7};
        for (int m = 1; m <= 10; m++) {
            if (m != 2) {
                gdp.put(YearMonth.of(2026, m), g[m - 1]);
            }
            fai.put(YearMonth.of(2026, m), f[m - 1]);
        }
        return List.of(new MonthlySeries("地区生产总值", gdp), new MonthlySeries("固定资产投资", fai));
    }

    static BriefingFacts facts() {
        return with(figures(), ledger());
    }

    static BriefingFacts with(List<IndicatorFigure> figures, ProjectLedger ledger) {
        return new BriefingFacts("示范区", PERIOD, 10, LocalDate.of(2026, 11, 7), "示范区党政办公室",
                figures, series(), ledger,
                new Distribution(List.of("市委办公室", "市政府办公室"), List.of("区人大工委", "区政协工委"),
                        List.of("区直各部门", "各园区"), 60));
    }
}

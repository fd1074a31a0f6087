package org.jianbao.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.TreeMap;

/**
 * Crafted facts for 示范区, 2026年1—10月: GDP on track and first; budget revenue behind its amount target and
 * below the city average; fixed-asset investment dropped from 2nd to 3rd; industry on track; three projects late
 * (two due before November, one due in December which is not yet late).
 */
final class SampleFacts {

    static final YearMonth PERIOD = YearMonth.of(2026, 10);

    private SampleFacts() {
    }

    static IndicatorFigure gdp() {
        return new IndicatorFigure("GDP", "地区生产总值", List.of("GDP", "生产总值"), "亿元", "经济运行", true,
                412.63, 6.28, 6.9, 1, 1, 5.2, new IndicatorTarget(480.0, 6.0, 1));
    }

    static IndicatorFigure revenue() {
        return new IndicatorFigure("REV", "一般公共预算收入", List.of(), "亿元", "经济运行", true,
                28.14, 3.1, 2.0, 2, 2, 4.0, new IndicatorTarget(40.0, null, null));
    }

    static IndicatorFigure investment() {
        return new IndicatorFigure("FAI", "固定资产投资", List.of("固投"), "亿元", "项目建设", true,
                156.2, 9.4, 12.5, 3, 2, 3.5, new IndicatorTarget(null, 8.0, 2));
    }

    static IndicatorFigure industry() {
        return new IndicatorFigure("IND", "规模以上工业增加值", List.of("规上工业增加值"), "亿元", "产业发展", true,
                180.0, -2.7, -1.0, 4, 5, null, null);
    }

    static List<IndicatorFigure> figures() {
        return List.of(gdp(), revenue(), investment(), industry());
    }

    static ProjectLedger ledger() {
        return new ProjectLedger(
                List.of(new ProjectCounts("招引项目", 254, 254, 180, 95), new ProjectCounts("重点项目", 130, 130, 118, 40)),
                List.of(new LateProject("新一代疫苗产业化基地", "生物医药园", "张三", LocalDate.of(2026, 5, 1)),
                        new LateProject("共享服务平台二期", "投资服务局", null, LocalDate.of(2026, 9, 15)),
                        new LateProject("立体厂房三期", "园区建设局", null, LocalDate.of(2026, 12, 1))));
    }

    static List<MonthlySeries> series() {
        TreeMap<YearMonth, Double> gdp = new TreeMap<>();
        TreeMap<YearMonth, Double> fai = new TreeMap<>();
        double[] g = {5.1, 5.4, 5.8, 6.0, 6.1, 6.3, 6.2, 6.2, 6.3, 6.28};
        double[] f = {7.0, 7.5, 8.1, 8.0, 8.6, 9.0, 9.9, 9.6, 9.5, 9.4};
        for (int m = 1; m <= 10; m++) {
            if (m != 2) {
                gdp.put(YearMonth.of(2026, m), g[m - 1]);
            }
            fai.put(YearMonth.of(2026, m), f[m - 1]);
        }
        return List.of(new MonthlySeries("地区生产总值", gdp), new MonthlySeries("固定资产投资", fai));
    }

    static BriefingFacts facts() {
        return new BriefingFacts("示范区", PERIOD, 10, LocalDate.of(2026, 11, 7), "示范区党政办公室",
                figures(), series(), ledger(),
                new Distribution(List.of("市委办公室", "市政府办公室"), List.of("区人大工委", "区政协工委"),
                        List.of("区直各部门", "各园区"), 60));
    }
}

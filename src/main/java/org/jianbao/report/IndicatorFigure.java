package org.jianbao.report;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * One indicator of one unit for the briefing's period, as the indicator database knows it. Everything but code,
 * name and measure may be missing (null): the documents then show 「—」 or keep the speech's × visible.
 *
 * @param code              stable key in the indicator catalogue
 * @param name              the official name ({@code 地区生产总值})
 * @param aliases           other names a speech uses for it ({@code GDP}, {@code 规上工业增加值})
 * @param measure           计量单位 ({@code 亿元}, {@code %})
 * @param area              the speech's work area it belongs to ({@code 经济运行}, {@code 项目建设}), or null
 * @param higherIsBetter    false for indicators such as energy use, where a drop is good
 * @param value             本期累计 (cumulative from January to the period's month)
 * @param growth            同比增长 in percent of the cumulative value
 * @param monthGrowth       growth of the period's month alone, in percent
 * @param rank              rank in the city this period (1 = first)
 * @param previousRank      rank in the city the month before
 * @param cityAverageGrowth the city's average growth for the same period, in percent
 * @param target            the annual target, or null when none is set
 * @param kind              flow, stock or index: decides the target rules ({@link IndicatorKind})
 * @param previousMonthGrowth growth of the month before the period's month alone, in percent (for the monthly
 *                          slowdown rule), or null
 */
public record IndicatorFigure(
        String code,
        String name,
        List<String> aliases,
        String measure,
        String area,
        boolean higherIsBetter,
        Double value,
        Double growth,
        Double monthGrowth,
        Integer rank,
        Integer previousRank,
        Double cityAverageGrowth,
        IndicatorTarget target,
        IndicatorKind kind,
        Double previousMonthGrowth) {

    public IndicatorFigure {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        kind = kind == null ? IndicatorKind.of(name, measure) : kind;
    }

    /** A figure whose kind follows from its name and measure and whose previous month is unknown. */
    public IndicatorFigure(String code, String name, List<String> aliases, String measure, String area,
            boolean higherIsBetter, Double value, Double growth, Double monthGrowth, Integer rank, Integer previousRank,
            Double cityAverageGrowth, IndicatorTarget target) {
        this(code, name, aliases, measure, area, higherIsBetter, value, growth, monthGrowth, rank, previousRank,
                cityAverageGrowth, target, null, null);
    }

    /** True when {@code words} names this indicator: its name or one of its aliases, compared without spaces. */
    public boolean isCalled(String words) {
        if (words == null || words.isBlank()) {
            return false;
        }
        String wanted = words.strip();
        if (wanted.equals(name)) {
            return true;
        }
        return aliases.stream().anyMatch(wanted::equals);
    }

    /** The name and aliases, longest first, so that a scan for names finds 规上工业增加值 before 工业增加值. */
    List<String> namesLongestFirst() {
        return Stream.concat(Stream.of(name), aliases.stream())
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
    }
}

package org.jianbao.indicator;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * One indicator of one unit for one period, with what a briefing says about it.
 *
 * @param value        cumulative from January (null when not published, e.g. rank-only indicators)
 * @param growth       year-on-year growth of the cumulative value, %
 * @param monthGrowth  the month's own growth, % (null when not known)
 * @param rank         rank in the city (1 = best)
 * @param previousRank rank in the month before (null when not known)
 */
public record Figure(String unit, YearMonth period, String code, String name, List<String> aliases, String measure,
        WorkArea area, boolean higherIsBetter, boolean rankOnly, BigDecimal value, BigDecimal growth,
        BigDecimal monthGrowth, Integer rank, Integer previousRank) {

    public Figure {
        aliases = List.copyOf(aliases);
    }

    /** The rank is worse than the month before (a larger number). */
    public boolean rankDropped() {
        return rank != null && previousRank != null && rank > previousRank;
    }

    public boolean rankImproved() {
        return rank != null && previousRank != null && rank < previousRank;
    }
}

package org.jianbao.report;

import java.time.YearMonth;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The cumulative growth of one indicator month by month (1—N月累计同比增速, percent), for the briefing's chart.
 *
 * @param indicatorName the indicator's name as the chart legend shows it
 * @param growth        growth per month; months without data are simply absent
 */
public record MonthlySeries(String indicatorName, SortedMap<YearMonth, Double> growth) {

    public MonthlySeries {
        growth = Collections.unmodifiableSortedMap(new TreeMap<>(growth));
    }
}

package org.jianbao.indicator;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Rows of an indicator-values file: 统计期, 单位, 指标, 本期累计, 计量单位, 同比增长, 当月增速, 全市排名. */
final class ValueRows extends KindRows<ValueRows.Row> {

    record Row(int unitId, int indicatorId, YearMonth period, BigDecimal value, BigDecimal growth,
            BigDecimal monthGrowth, Integer rank) {
    }

    private record Key(int unitId, int indicatorId, YearMonth period) {
    }

    /** Row number of the first row with each key: the duplicate check costs one small entry per row. */
    private final Map<Key, Integer> seen = new HashMap<>();

    ValueRows(ImportContext context, Consumer<List<Row>> writer) {
        super(context, writer);
    }

    @Override
    protected Row parse(SheetRow row) {
        int before = context.problems().count();
        YearMonth period = period(row);
        Unit unit = unit(row);
        Indicator indicator = indicator(row);
        BigDecimal value = null;
        BigDecimal growth = null;
        BigDecimal monthGrowth = null;
        Integer rank = null;
        try {
            value = Fields.number(text(row, Column.VALUE), "value").orElse(null);
        } catch (Fields.Invalid e) {
            problem(row, Column.VALUE, e.getMessage());
        }
        if (indicator != null) {
            measureMatches(row, indicator);
        }
        try {
            growth = Fields.growth(text(row, Column.GROWTH), "growth").orElse(null);
        } catch (Fields.Invalid e) {
            problem(row, Column.GROWTH, e.getMessage());
        }
        try {
            monthGrowth = Fields.growth(text(row, Column.MONTH_GROWTH), "month growth").orElse(null);
        } catch (Fields.Invalid e) {
            problem(row, Column.MONTH_GROWTH, e.getMessage());
        }
        try {
            rank = Fields.rank(text(row, Column.RANK), "rank").orElse(null);
        } catch (Fields.Invalid e) {
            problem(row, Column.RANK, e.getMessage());
        }
        // A row is a duplicate by its key alone, even when other cells of either row are wrong.
        if (period != null && unit != null && indicator != null) {
            Integer first = seen.putIfAbsent(new Key(unit.id(), indicator.id(), period), row.number());
            if (first != null) {
                problem(row, Column.INDICATOR, "duplicate row: " + indicator.name() + " of " + unit.name() + " for "
                        + period + " is already on row " + first);
            }
        }
        if (context.problems().count() > before) {
            return null;
        }
        if (value == null && growth == null && rank == null) {
            problem(row, indicator.rankOnly() ? Column.RANK : Column.VALUE,
                    "no figure: give the value, the growth or the rank of " + indicator.name());
            return null;
        }
        return new Row(unit.id(), indicator.id(), period, value, growth, monthGrowth, rank);
    }

    private YearMonth period(SheetRow row) {
        try {
            Optional<YearMonth> period = Fields.period(text(row, Column.PERIOD));
            if (period.isEmpty()) {
                period = context.titlePeriod();
            }
            if (period.isEmpty()) {
                problem(row, Column.PERIOD, "period is missing");
                return null;
            }
            YearMonth current = YearMonth.from(context.today());
            if (period.get().isAfter(current)) {
                problem(row, Column.PERIOD, "period " + period.get() + " is in the future");
                return null;
            }
            return period.get();
        } catch (Fields.Invalid e) {
            problem(row, Column.PERIOD, e.getMessage());
            return null;
        }
    }
}

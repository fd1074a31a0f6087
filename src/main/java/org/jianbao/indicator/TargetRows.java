package org.jianbao.indicator;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Rows of a targets file: 年度, 单位, 指标, 目标值, 计量单位, 目标增速, 目标排名. */
final class TargetRows extends KindRows<TargetRows.Row> {

    record Row(int unitId, int indicatorId, int year, BigDecimal value, BigDecimal growth, Integer rank) {
    }

    private record Key(int unitId, int indicatorId, int year) {
    }

    private final Map<Key, Integer> seen = new HashMap<>();

    TargetRows(ImportContext context, Consumer<List<Row>> writer) {
        super(context, writer);
    }

    @Override
    protected Row parse(SheetRow row) {
        int before = context.problems().count();
        Integer year = null;
        try {
            year = Fields.year(text(row, Column.YEAR)).orElse(null);
            if (year == null) {
                problem(row, Column.YEAR, "year is missing");
            }
        } catch (Fields.Invalid e) {
            problem(row, Column.YEAR, e.getMessage());
        }
        Unit unit = unit(row);
        Indicator indicator = indicator(row);
        BigDecimal value = null;
        BigDecimal growth = null;
        Integer rank = null;
        try {
            value = Fields.number(text(row, Column.TARGET_VALUE), "target value").orElse(null);
        } catch (Fields.Invalid e) {
            problem(row, Column.TARGET_VALUE, e.getMessage());
        }
        if (indicator != null) {
            measureMatches(row, indicator);
        }
        try {
            growth = Fields.growth(text(row, Column.TARGET_GROWTH), "target growth").orElse(null);
        } catch (Fields.Invalid e) {
            problem(row, Column.TARGET_GROWTH, e.getMessage());
        }
        try {
            rank = Fields.rank(text(row, Column.TARGET_RANK), "target rank").orElse(null);
        } catch (Fields.Invalid e) {
            problem(row, Column.TARGET_RANK, e.getMessage());
        }
        if (year != null && unit != null && indicator != null) {
            Integer first = seen.putIfAbsent(new Key(unit.id(), indicator.id(), year), row.number());
            if (first != null) {
                problem(row, Column.INDICATOR, "duplicate row: the " + year + " target of " + indicator.name() + " for "
                        + unit.name() + " is already on row " + first);
            }
        }
        if (context.problems().count() > before) {
            return null;
        }
        if (value == null && growth == null && rank == null) {
            problem(row, Column.TARGET_VALUE, "no target: give a target value, growth or rank for " + indicator.name());
            return null;
        }
        return new Row(unit.id(), indicator.id(), year, value, growth, rank);
    }
}

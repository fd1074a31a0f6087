package org.jianbao.indicator;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Rows of a key-project ledger (项目台账): one project per row, with this week's progress note. */
final class ProjectRows extends KindRows<ProjectRows.Row> {

    record Row(int unitId, ProjectCategory category, int year, String name, String park, String leader, String dept,
            BigDecimal totalInvestment, BigDecimal investedThisYear, LocalDate plannedSign, LocalDate actualSign,
            LocalDate plannedStart, LocalDate actualStart, LocalDate plannedCompletion, LocalDate actualCompletion,
            LocalDate plannedProduction, LocalDate actualProduction, ProjectStatus status, String progress,
            LocalDate weekOf) {
    }

    private record Key(int unitId, ProjectCategory category, int year, String name) {
    }

    private final Map<Key, Integer> seen = new HashMap<>();
    private int before;

    ProjectRows(ImportContext context, Consumer<List<Row>> writer) {
        super(context, writer);
    }

    @Override
    protected Row parse(SheetRow row) {
        before = context.problems().count();
        String name = text(row, Column.NAME);
        if (name.isEmpty()) {
            problem(row, Column.NAME, "project name is missing");
        } else if (name.length() > 200) {
            problem(row, Column.NAME, "project name is longer than 200 characters");
        }
        ProjectCategory category = ProjectCategory.parse(text(row, Column.CATEGORY)).orElse(null);
        if (category == null) {
            problem(row, Column.CATEGORY, "category \"" + text(row, Column.CATEGORY) + "\" is not 招引项目 or 重点项目");
        }
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
        BigDecimal total = amount(row, Column.TOTAL_INVESTMENT, "total investment");
        BigDecimal invested = amount(row, Column.INVESTED_THIS_YEAR, "investment completed this year");
        LocalDate plannedSign = date(row, Column.PLANNED_SIGN, "planned signing");
        LocalDate actualSign = date(row, Column.ACTUAL_SIGN, "signing");
        LocalDate plannedStart = date(row, Column.PLANNED_START, "planned start");
        LocalDate actualStart = date(row, Column.ACTUAL_START, "start");
        LocalDate plannedCompletion = date(row, Column.PLANNED_COMPLETION, "planned completion");
        LocalDate actualCompletion = date(row, Column.ACTUAL_COMPLETION, "completion");
        LocalDate plannedProduction = date(row, Column.PLANNED_PRODUCTION, "planned production");
        LocalDate actualProduction = date(row, Column.ACTUAL_PRODUCTION, "production");
        String statusText = text(row, Column.STATUS);
        ProjectStatus status = ProjectStatus.parse(statusText).orElse(null);
        if (status == null) {
            problem(row, Column.STATUS, statusText.isEmpty() ? "status is missing"
                    : "status \"" + statusText + "\" is not one of " + List.of(ProjectStatus.values()));
        }
        String progress = text(row, Column.PROGRESS);
        LocalDate weekOf = date(row, Column.PROGRESS_WEEK, "progress date");
        if (!name.isEmpty() && category != null && year != null && unit != null) {
            Integer first = seen.putIfAbsent(new Key(unit.id(), category, year, name), row.number());
            if (first != null) {
                problem(row, Column.NAME, "duplicate row: " + category + " " + year + " \"" + name + "\" is already on row " + first);
            }
        }
        if (context.problems().count() > before) {
            return null;
        }
        if (!progress.isEmpty() && weekOf == null) {
            // A note without a date belongs to this week's 调度 (Monday).
            weekOf = context.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }
        return new Row(unit.id(), category, year, name, blankToNull(text(row, Column.PARK)),
                blankToNull(text(row, Column.LEADER)), blankToNull(text(row, Column.DEPT)), total, invested,
                plannedSign, actualSign, plannedStart, actualStart, plannedCompletion, actualCompletion,
                plannedProduction, actualProduction, status, progress.isEmpty() ? null : progress, weekOf);
    }

    private BigDecimal amount(SheetRow row, Column column, String what) {
        try {
            BigDecimal amount = Fields.number(text(row, column), what).orElse(null);
            if (amount != null && amount.signum() < 0) {
                problem(row, column, what + " " + amount.toPlainString() + " is negative");
                return null;
            }
            return amount;
        } catch (Fields.Invalid e) {
            problem(row, column, e.getMessage());
            return null;
        }
    }

    private LocalDate date(SheetRow row, Column column, String what) {
        try {
            LocalDate date = Fields.date(text(row, column), what).orElse(null);
            boolean actual = column.name().startsWith("ACTUAL") || column == Column.PROGRESS_WEEK;
            if (date != null && actual && date.isAfter(context.today())) {
                problem(row, column, what + " date " + date + " is in the future");
                return null;
            }
            return date;
        } catch (Fields.Invalid e) {
            problem(row, column, e.getMessage());
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}

package org.jianbao.indicator;

import java.sql.Date;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes checked rows in JDBC batches. "Last import wins" is an update of the keys that exist and an
 * insert of the others: portable (no MERGE/ON CONFLICT dialects) and it keeps
 * a project's id, so its progress notes survive a newer ledger. Batches use JdbcTemplate because
 * JdbcClient has no batch API.
 */
final class IndicatorWriter {

    /** The figure columns of a values file and where they are stored, in a fixed order. */
    private static final Map<Column, String> VALUE_COLUMNS = new java.util.EnumMap<>(Map.of(Column.VALUE, "cum_value",
            Column.GROWTH, "yoy_growth", Column.MONTH_GROWTH, "month_growth", Column.RANK, "city_rank"));

    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbc;

    IndicatorWriter(JdbcTemplate jdbcTemplate, JdbcClient jdbc) {
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = jdbc;
    }

    /**
     * Values come in large files, so the existing keys are looked up per (unit, period) of the batch
     * (a handful of queries) instead of trying an update for every row.
     */
    void values(List<ValueRows.Row> rows, Set<Column> covered, long importId) {
        Set<String> existing = new HashSet<>();
        rows.stream().map(r -> Map.entry(r.unitId(), r.period().toString())).distinct().forEach(pair ->
                jdbc.sql("select indicator_id from ind_value where unit_id = ? and period = ?")
                        .params(pair.getKey(), pair.getValue())
                        .query(Integer.class).list()
                        .forEach(indicatorId -> existing.add(pair.getKey() + "/" + indicatorId + "/" + pair.getValue())));
        // Only the figures the file has columns for are replaced: a corrected file with just 本期累计
        // keeps the growth and rank an earlier file gave.
        List<String> sets = new ArrayList<>();
        covered.forEach(c -> sets.add(VALUE_COLUMNS.get(c) + " = ?"));
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> inserts = new ArrayList<>();
        for (ValueRows.Row r : rows) {
            if (existing.contains(r.unitId() + "/" + r.indicatorId() + "/" + r.period())) {
                List<Object> params = new ArrayList<>();
                covered.forEach(c -> params.add(switch (c) {
                    case VALUE -> r.value();
                    case GROWTH -> r.growth();
                    case MONTH_GROWTH -> r.monthGrowth();
                    default -> r.rank();
                }));
                params.addAll(List.of(importId, r.unitId(), r.indicatorId(), r.period().toString()));
                updates.add(params.toArray());
            } else {
                inserts.add(new Object[] {r.unitId(), r.indicatorId(), r.period().toString(), r.value(), r.growth(),
                        r.monthGrowth(), r.rank(), importId});
            }
        }
        if (!updates.isEmpty()) {
            jdbcTemplate.batchUpdate("update ind_value set " + String.join(", ", sets)
                    + (sets.isEmpty() ? "" : ", ") + "source_file_id = ? where unit_id = ? and indicator_id = ? and period = ?",
                    updates);
        }
        if (!inserts.isEmpty()) {
            jdbcTemplate.batchUpdate("""
                    insert into ind_value (unit_id, indicator_id, period, cum_value, yoy_growth, month_growth, city_rank, source_file_id)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""", inserts);
        }
    }

    void targets(List<TargetRows.Row> rows, long importId) {
        int[] updated = jdbcTemplate.batchUpdate("""
                update ind_target set target_value = ?, target_growth = ?, target_rank = ?, source_file_id = ?
                where unit_id = ? and indicator_id = ? and target_year = ?""",
                rows.stream().map(r -> new Object[] {r.value(), r.growth(), r.rank(), importId,
                        r.unitId(), r.indicatorId(), r.year()}).toList());
        List<Object[]> inserts = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (updated[i] == 0) {
                TargetRows.Row r = rows.get(i);
                inserts.add(new Object[] {r.unitId(), r.indicatorId(), r.year(), r.value(), r.growth(), r.rank(), importId});
            }
        }
        if (!inserts.isEmpty()) {
            jdbcTemplate.batchUpdate("""
                    insert into ind_target (unit_id, indicator_id, target_year, target_value, target_growth, target_rank, source_file_id)
                    values (?, ?, ?, ?, ?, ?, ?)""", inserts);
        }
    }

    void projects(List<ProjectRows.Row> rows, long importId) {
        int[] updated = jdbcTemplate.batchUpdate("""
                update ind_project set park = ?, leader = ?, dept = ?, total_investment = ?, invested_this_year = ?,
                    planned_sign = ?, actual_sign = ?, planned_start = ?, actual_start = ?, planned_completion = ?,
                    actual_completion = ?, planned_production = ?, actual_production = ?, status = ?, source_file_id = ?
                where unit_id = ? and category = ? and project_year = ? and name = ?""",
                rows.stream().map(r -> concat(details(r, importId),
                        new Object[] {r.unitId(), r.category().name(), r.year(), r.name()})).toList());
        List<Object[]> inserts = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (updated[i] == 0) {
                ProjectRows.Row r = rows.get(i);
                inserts.add(concat(new Object[] {r.unitId(), r.category().name(), r.year(), r.name()}, details(r, importId)));
            }
        }
        if (!inserts.isEmpty()) {
            jdbcTemplate.batchUpdate("""
                    insert into ind_project (unit_id, category, project_year, name, park, leader, dept, total_investment,
                        invested_this_year, planned_sign, actual_sign, planned_start, actual_start, planned_completion,
                        actual_completion, planned_production, actual_production, status, source_file_id)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", inserts);
        }
        progress(rows.stream().filter(r -> r.progress() != null).toList(), importId);
    }

    /** This week's notes: one id lookup per (unit, category, year) of the batch, then an update-or-insert batch. */
    private void progress(List<ProjectRows.Row> rows, long importId) {
        if (rows.isEmpty()) {
            return;
        }
        Map<String, Long> ids = new java.util.HashMap<>();
        rows.stream().map(r -> List.<Object>of(r.unitId(), r.category().name(), r.year())).distinct().forEach(key ->
                jdbc.sql("select id, name from ind_project where unit_id = ? and category = ? and project_year = ?")
                        .params(key.toArray())
                        .query((rs, n) -> Map.entry(key + "/" + rs.getString("name"), rs.getLong("id")))
                        .list().forEach(e -> ids.put(e.getKey(), e.getValue())));
        List<Object[]> updates = rows.stream().map(r -> new Object[] {r.progress(), importId, projectId(ids, r),
                Date.valueOf(r.weekOf())}).toList();
        int[] updated = jdbcTemplate.batchUpdate(
                "update ind_project_progress set note = ?, source_file_id = ? where project_id = ? and week_of = ?", updates);
        List<Object[]> inserts = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (updated[i] == 0) {
                ProjectRows.Row r = rows.get(i);
                inserts.add(new Object[] {projectId(ids, r), Date.valueOf(r.weekOf()), r.progress(), importId});
            }
        }
        if (!inserts.isEmpty()) {
            jdbcTemplate.batchUpdate(
                    "insert into ind_project_progress (project_id, week_of, note, source_file_id) values (?, ?, ?, ?)", inserts);
        }
    }

    private static long projectId(Map<String, Long> ids, ProjectRows.Row r) {
        return ids.get(List.<Object>of(r.unitId(), r.category().name(), r.year()) + "/" + r.name());
    }

    private static Object[] details(ProjectRows.Row r, long importId) {
        return new Object[] {r.park(), r.leader(), r.dept(), r.totalInvestment(), r.investedThisYear(),
                sqlDate(r.plannedSign()), sqlDate(r.actualSign()), sqlDate(r.plannedStart()), sqlDate(r.actualStart()),
                sqlDate(r.plannedCompletion()), sqlDate(r.actualCompletion()), sqlDate(r.plannedProduction()),
                sqlDate(r.actualProduction()), r.status().name(), importId};
    }

    private static Date sqlDate(java.time.LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static Object[] concat(Object[] a, Object[] b) {
        Object[] all = new Object[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}

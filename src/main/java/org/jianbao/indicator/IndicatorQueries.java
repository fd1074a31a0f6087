package org.jianbao.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the report layer asks of the indicator data. Units and indicators are named as users write them:
 * a unit by name or code, an indicator by code, name or alias. An unknown name is a
 * {@link NoSuchElementException} naming it.
 */
public class IndicatorQueries {

    private final JdbcClient jdbc;
    private final CatalogueRepository catalogues;

    IndicatorQueries(JdbcClient jdbc, CatalogueRepository catalogues) {
        this.jdbc = jdbc;
        this.catalogues = catalogues;
    }

    public Unit defaultUnit() {
        return catalogues.load().defaultUnit();
    }

    public List<Unit> units() {
        return catalogues.load().units();
    }

    public List<Indicator> indicators() {
        return catalogues.load().indicators();
    }

    /** The latest month for which the unit has any figure. */
    public Optional<YearMonth> latestPeriod(String unit) {
        Unit u = unit(catalogues.load(), unit);
        // max() over no rows is one row holding null: read it as a list, not as a required single value.
        return jdbc.sql("select max(period) from ind_value where unit_id = ?").param(u.id())
                .query((rs, n) -> Optional.ofNullable(rs.getString(1))).single().map(YearMonth::parse);
    }

    /** The latest month for which any unit but the city has a figure. */
    public Optional<YearMonth> latestPeriodOfAnyUnit() {
        return jdbc.sql("select max(v.period) from ind_value v join ind_unit u on u.id = v.unit_id where u.kind <> 'CITY'")
                .query((rs, n) -> Optional.ofNullable(rs.getString(1))).single().map(YearMonth::parse);
    }

    /** How many units (the city not counted) have a figure for the period. */
    public int countUnitsWithData(YearMonth period) {
        return jdbc.sql("select count(*) from ind_unit u where " + WITH_DATA).param(period.toString())
                .query(Integer.class).single();
    }

    /**
     * A page of the units (not the city) that have a figure for the period, in the order they were created (the
     * default unit, then the configured ones): {@code limit} names from position {@code offset}. A page at a time,
     * so a run over ten thousand units never holds them all.
     */
    public List<String> unitsWithData(YearMonth period, int offset, int limit) {
        return jdbc.sql("select u.name from ind_unit u where " + WITH_DATA + " order by u.id limit ? offset ?")
                .params(period.toString(), limit, offset)
                .query(String.class).list();
    }

    private static final String WITH_DATA = "u.kind <> 'CITY' and exists (select 1 from ind_value v where v.unit_id = u.id and v.period = ?)";

    public Optional<Figure> figure(String unit, String indicator, YearMonth period) {
        Catalogue catalogue = catalogues.load();
        Unit u = unit(catalogue, unit);
        Indicator i = indicator(catalogue, indicator);
        return jdbc.sql(figureSql("v.unit_id = ? and v.indicator_id = ? and v.period = ?"))
                .params(period.minusMonths(1).toString(), u.id(), i.id(), period.toString())
                .query((rs, n) -> figure(rs, u, i)).optional();
    }

    /** All figures of a period, in catalogue order (the order of the speech's 成绩单). */
    public List<Figure> figures(String unit, YearMonth period) {
        Catalogue catalogue = catalogues.load();
        Unit u = unit(catalogue, unit);
        List<Figure> all = jdbc.sql(figureSql("v.unit_id = ? and v.period = ?"))
                .params(period.minusMonths(1).toString(), u.id(), period.toString())
                .query((rs, n) -> figure(rs, u, indicatorById(catalogue, rs.getInt("indicator_id")))).list();
        return all.stream().sorted(java.util.Comparator.comparingInt(f -> indicator(catalogue, f.code()).sortOrder())).toList();
    }

    /** The months of a year that have a figure, January first. */
    public List<Figure> monthlySeries(String unit, String indicator, int year) {
        Catalogue catalogue = catalogues.load();
        Unit u = unit(catalogue, unit);
        Indicator i = indicator(catalogue, indicator);
        // the year and the December before it in one query: each month's previous rank is the month before's rank
        List<Figure> months = jdbc.sql(figureSql("v.unit_id = ? and v.indicator_id = ? and v.period between ? and ?")
                        + " order by v.period")
                .params(null, u.id(), i.id(), (year - 1) + "-12", year + "-12")
                .query((rs, n) -> figure(rs, u, i)).list();
        java.util.Map<YearMonth, Integer> ranks = new java.util.HashMap<>();
        months.forEach(f -> ranks.put(f.period(), f.rank()));
        return months.stream().filter(f -> f.period().getYear() == year)
                .map(f -> new Figure(f.unit(), f.period(), f.code(), f.name(), f.aliases(), f.measure(), f.area(),
                        f.higherIsBetter(), f.rankOnly(), f.value(), f.growth(), f.monthGrowth(), f.rank(),
                        ranks.get(f.period().minusMonths(1))))
                .toList();
    }

    /** The city's growth of an indicator for a period (the 全市 row), when the bureau published it. */
    public Optional<BigDecimal> cityAverageGrowth(String indicator, YearMonth period) {
        Catalogue catalogue = catalogues.load();
        Indicator i = indicator(catalogue, indicator);
        return catalogue.cityUnit().flatMap(city -> jdbc.sql(
                "select yoy_growth from ind_value where unit_id = ? and indicator_id = ? and period = ?")
                .params(city.id(), i.id(), period.toString())
                .query((rs, n) -> Optional.ofNullable(rs.getBigDecimal(1))).optional().flatMap(o -> o));
    }

    /** The city's cumulative growth of an indicator month by month in a year (the 全市 rows), January first. */
    public java.util.SortedMap<YearMonth, BigDecimal> cityMonthlyGrowth(String indicator, int year) {
        Catalogue catalogue = catalogues.load();
        Indicator i = indicator(catalogue, indicator);
        java.util.SortedMap<YearMonth, BigDecimal> out = new java.util.TreeMap<>();
        catalogue.cityUnit().ifPresent(city -> jdbc.sql(
                "select period, yoy_growth from ind_value where unit_id = ? and indicator_id = ? and period like ? and yoy_growth is not null")
                .params(city.id(), i.id(), year + "-%")
                .query(rs -> {
                    out.put(YearMonth.parse(rs.getString("period")), rs.getBigDecimal("yoy_growth"));
                }));
        return out;
    }

    /** The city's growth of every indicator it published for a period, by indicator code. */
    public java.util.Map<String, BigDecimal> cityAverageGrowths(YearMonth period) {
        Catalogue catalogue = catalogues.load();
        java.util.Map<String, BigDecimal> growths = new java.util.HashMap<>();
        catalogue.cityUnit().ifPresent(city -> jdbc.sql(
                "select indicator_id, yoy_growth from ind_value where unit_id = ? and period = ? and yoy_growth is not null")
                .params(city.id(), period.toString())
                .query(rs -> {
                    growths.put(indicatorById(catalogue, rs.getInt("indicator_id")).code(), rs.getBigDecimal("yoy_growth"));
                }));
        return growths;
    }

    public Optional<Target> target(String unit, String indicator, int year) {
        Catalogue catalogue = catalogues.load();
        Unit u = unit(catalogue, unit);
        Indicator i = indicator(catalogue, indicator);
        return jdbc.sql("""
                select target_value, target_growth, target_rank from ind_target
                where unit_id = ? and indicator_id = ? and target_year = ?""")
                .params(u.id(), i.id(), year)
                .query((rs, n) -> new Target(u.name(), i.code(), i.name(), year, i.measure(),
                        rs.getBigDecimal("target_value"), rs.getBigDecimal("target_growth"), intOrNull(rs, "target_rank")))
                .optional();
    }

    /** All targets of a unit for a year, in catalogue order: one query, not one per indicator. */
    public List<Target> targets(String unit, int year) {
        Catalogue catalogue = catalogues.load();
        Unit u = unit(catalogue, unit);
        java.util.Map<Integer, Target> byIndicator = new java.util.HashMap<>();
        jdbc.sql("""
                select indicator_id, target_value, target_growth, target_rank from ind_target
                where unit_id = ? and target_year = ?""")
                .params(u.id(), year)
                .query(rs -> {
                    Indicator i = indicatorById(catalogue, rs.getInt("indicator_id"));
                    byIndicator.put(i.id(), new Target(u.name(), i.code(), i.name(), year, i.measure(),
                            rs.getBigDecimal("target_value"), rs.getBigDecimal("target_growth"), intOrNull(rs, "target_rank")));
                });
        return catalogue.indicators().stream().map(i -> byIndicator.get(i.id())).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * The target of the period's year held against the period's figure; see {@link TargetCheck} for the
     * 序时进度 rule. Empty when there is no target.
     */
    public Optional<TargetCheck> targetCheck(String unit, String indicator, YearMonth period) {
        Optional<Target> target = target(unit, indicator, period.getYear());
        if (target.isEmpty()) {
            return Optional.empty();
        }
        Target t = target.get();
        Indicator i = indicator(catalogues.load(), indicator);
        Figure f = figure(unit, indicator, period).orElse(null);
        BigDecimal expected = t.value() == null ? null
                : t.value().multiply(BigDecimal.valueOf(period.getMonthValue()))
                        .divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP);
        BigDecimal progress = t.value() == null || f == null || f.value() == null || t.value().signum() == 0 ? null
                : f.value().multiply(BigDecimal.valueOf(100)).divide(t.value(), 1, RoundingMode.HALF_UP);
        Verdict value = verdict(t.value() == null ? null : expected, f == null ? null : f.value(), i.higherIsBetter());
        Verdict growth = verdict(t.growth(), f == null ? null : f.growth(), true);
        Verdict rank = t.rank() == null ? Verdict.NO_TARGET
                : f == null || f.rank() == null ? Verdict.NO_DATA
                : f.rank() <= t.rank() ? Verdict.MET : Verdict.NOT_MET;
        return Optional.of(new TargetCheck(t, f, period, expected, progress, value, growth, rank));
    }

    private static Verdict verdict(BigDecimal target, BigDecimal actual, boolean higherIsBetter) {
        if (target == null) {
            return Verdict.NO_TARGET;
        }
        if (actual == null) {
            return Verdict.NO_DATA;
        }
        int cmp = actual.compareTo(target);
        return (higherIsBetter ? cmp >= 0 : cmp <= 0) ? Verdict.MET : Verdict.NOT_MET;
    }

    /** Counts by category and status, only statuses that occur, in ledger order. */
    public List<ProjectCount> projectCounts(String unit) {
        Unit u = unit(catalogues.load(), unit);
        return jdbc.sql("select category, status, count(*) from ind_project where unit_id = ? group by category, status")
                .param(u.id())
                .query((rs, n) -> new ProjectCount(ProjectCategory.valueOf(rs.getString(1)),
                        ProjectStatus.valueOf(rs.getString(2)), rs.getInt(3)))
                .list().stream()
                .sorted(java.util.Comparator.comparing(ProjectCount::category).thenComparing(ProjectCount::status))
                .toList();
    }

    /** 开工率 and 投产率 of a category; behind-schedule counted as of the given day. */
    public ProjectRates projectRates(String unit, ProjectCategory category, LocalDate asOf) {
        List<Project> projects = projects(unit, "category = ?", category.name());
        int total = projects.size();
        int started = (int) projects.stream().filter(p -> p.status().started()).count();
        int produced = (int) projects.stream().filter(p -> p.status() == ProjectStatus.已投产).count();
        int behind = (int) projects.stream().filter(p -> p.behindSchedule(asOf)).count();
        return new ProjectRates(category, total, started, produced, behind, percent(started, total), percent(produced, total));
    }

    /** Projects whose planned start has passed without a start, earliest planned start first. */
    public List<Project> projectsBehindSchedule(String unit, LocalDate asOf) {
        return projects(unit, "planned_start < ? and actual_start is null and status not in ('在建', '已竣工', '已投产', '已终止')",
                Date.valueOf(asOf));
    }

    public List<Project> projectsOfDepartment(String unit, String dept) {
        return projects(unit, "dept = ?", dept);
    }

    public List<Project> projects(String unit, ProjectCategory category) {
        return projects(unit, "category = ?", category.name());
    }

    private List<Project> projects(String unit, String where, Object param) {
        Unit u = unit(catalogues.load(), unit);
        return jdbc.sql("""
                select p.*, (select g.note from ind_project_progress g where g.project_id = p.id
                             and g.week_of = (select max(h.week_of) from ind_project_progress h where h.project_id = p.id)) as latest_note,
                       (select max(h.week_of) from ind_project_progress h where h.project_id = p.id) as latest_week
                from ind_project p where p.unit_id = ? and\s""" + where + " order by p.planned_start, p.name")
                .params(u.id(), param)
                .query((rs, n) -> project(rs, u)).list();
    }

    private static Project project(ResultSet rs, Unit u) throws SQLException {
        return new Project(rs.getLong("id"), u.name(), ProjectCategory.valueOf(rs.getString("category")),
                rs.getInt("project_year"), rs.getString("name"), rs.getString("park"), rs.getString("leader"),
                rs.getString("dept"), rs.getBigDecimal("total_investment"), rs.getBigDecimal("invested_this_year"),
                date(rs, "planned_sign"), date(rs, "actual_sign"), date(rs, "planned_start"), date(rs, "actual_start"),
                date(rs, "planned_completion"), date(rs, "actual_completion"), date(rs, "planned_production"),
                date(rs, "actual_production"), ProjectStatus.valueOf(rs.getString("status")),
                rs.getString("latest_note"), date(rs, "latest_week"));
    }

    private static BigDecimal percent(int part, int total) {
        return total == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
    }

    private static String figureSql(String where) {
        return """
                select v.indicator_id, v.period, v.cum_value, v.yoy_growth, v.month_growth, v.city_rank, p.city_rank as previous_rank
                from ind_value v left join ind_value p
                  on p.unit_id = v.unit_id and p.indicator_id = v.indicator_id and p.period = ?
                where\s""" + where;
    }

    private static Figure figure(ResultSet rs, Unit u, Indicator i) throws SQLException {
        return new Figure(u.name(), YearMonth.parse(rs.getString("period").strip()), i.code(), i.name(), i.aliases(),
                i.measure(), i.area(), i.higherIsBetter(), i.rankOnly(), rs.getBigDecimal("cum_value"),
                rs.getBigDecimal("yoy_growth"), rs.getBigDecimal("month_growth"), intOrNull(rs, "city_rank"),
                intOrNull(rs, "previous_rank"));
    }

    private static Integer intOrNull(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static Unit unit(Catalogue catalogue, String name) {
        return catalogue.unit(name).orElseThrow(() -> new NoSuchElementException("unknown unit " + name));
    }

    private static Indicator indicator(Catalogue catalogue, String name) {
        return catalogue.indicator(name).orElseThrow(() -> new NoSuchElementException("unknown indicator " + name));
    }

    private static Indicator indicatorById(Catalogue catalogue, int id) {
        return catalogue.indicators().stream().filter(i -> i.id() == id).findFirst().orElseThrow();
    }
}

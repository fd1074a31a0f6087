package org.jianbao.generation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jianbao.indicator.Figure;
import org.jianbao.indicator.IndicatorQueries;
import org.jianbao.indicator.Project;
import org.jianbao.indicator.ProjectCategory;
import org.jianbao.indicator.ProjectStatus;
import org.jianbao.indicator.Target;
import org.jianbao.indicator.Unit;
import org.jianbao.report.BriefingFacts;
import org.jianbao.report.Distribution;
import org.jianbao.report.IndicatorFigure;
import org.jianbao.report.IndicatorTarget;
import org.jianbao.report.LateProduction;
import org.jianbao.report.LateProject;
import org.jianbao.report.MonthlySeries;
import org.jianbao.report.ProjectCounts;
import org.jianbao.report.ProjectLedger;

/**
 * Reads what the documents need from the indicator database and the issue register, in the report
 * layer's own terms: the report package never sees SQL, and the database never sees a template.
 */
public class ReportFacts {

    /** How many indicators the growth chart shows: the speech's 成绩单 names four. */
    private static final int CHART_INDICATORS = 4;

    private final IndicatorQueries queries;
    private final IssueNumbers issues;
    private final BriefingProperties briefing;
    private final Clock clock;
    private final BriefingTail tail;

    public ReportFacts(IndicatorQueries queries, IssueNumbers issues, BriefingProperties briefing, Clock clock) {
        this(queries, issues, briefing, clock, BriefingTail.NONE);
    }

    public ReportFacts(IndicatorQueries queries, IssueNumbers issues, BriefingProperties briefing, Clock clock,
                       BriefingTail tail) {
        this.queries = queries;
        this.issues = issues;
        this.briefing = briefing;
        this.clock = clock;
        this.tail = tail;
    }

    public String defaultUnit() {
        return queries.defaultUnit().name();
    }

    public List<String> unitNames() {
        return queries.units().stream().map(Unit::name).toList();
    }

    public boolean knowsUnit(String name) {
        return unitNames().contains(name);
    }

    public YearMonth latestPeriod(String unit) {
        return latestPeriodIfAny(unit).orElseThrow(() -> new NoDataException(unit));
    }

    public java.util.Optional<YearMonth> latestPeriodIfAny(String unit) {
        return queries.latestPeriod(unit);
    }

    public boolean hasData(String unit, YearMonth period) {
        return !queries.figures(unit, period).isEmpty();
    }

    public List<IndicatorFigure> figures(String unit, YearMonth period) {
        return figures(unit, period, queries.figures(unit, period));
    }

    /** The period's figures with their targets and city averages: three queries, whatever the catalogue's size. */
    private List<IndicatorFigure> figures(String unit, YearMonth period, List<Figure> raw) {
        Map<String, Target> targets = new HashMap<>();
        queries.targets(unit, period.getYear()).forEach(t -> targets.put(t.code(), t));
        Map<String, BigDecimal> cityAverages = queries.cityAverageGrowths(period);
        Map<String, BigDecimal> previousMonthGrowths = new HashMap<>();
        queries.figures(unit, period.minusMonths(1)).forEach(f -> {
            if (f.monthGrowth() != null) {
                previousMonthGrowths.put(f.code(), f.monthGrowth());
            }
        });
        List<IndicatorFigure> figures = new ArrayList<>();
        for (Figure f : raw) {
            Target t = targets.get(f.code());
            IndicatorTarget target = t == null ? null : new IndicatorTarget(number(t.value()), number(t.growth()), t.rank());
            figures.add(new IndicatorFigure(f.code(), f.name(), f.aliases(), f.measure(),
                    f.area() == null ? null : f.area().name(), f.higherIsBetter(),
                    number(f.value()), number(f.growth()), number(f.monthGrowth()), f.rank(), f.previousRank(),
                    number(cityAverages.get(f.code())), target, null, number(previousMonthGrowths.get(f.code()))));
        }
        return figures;
    }

    public BriefingFacts briefing(String unit, YearMonth period) {
        List<Figure> raw = queries.figures(unit, period);
        return new BriefingFacts(unit, period, issues.issueFor(unit, period), LocalDate.now(clock),
                briefing.issuingOffice(), figures(unit, period, raw), series(unit, period, raw), ledger(unit, period),
                tail.forBriefing(unit, briefing.copies()).orElseGet(() ->
                        new Distribution(briefing.reportTo(), briefing.sendTo(), briefing.issueTo(), briefing.copies())));
    }

    /**
     * The chart's lines: the first {@value #CHART_INDICATORS} indicators' cumulative growth this year, and the city's
     * line for the first of them where the city published it (the unit against the city, at a glance).
     */
    private List<MonthlySeries> series(String unit, YearMonth period, List<Figure> figures) {
        List<MonthlySeries> series = new ArrayList<>();
        Figure first = null;
        for (Figure f : figures) {
            if (series.size() == CHART_INDICATORS) {
                break;
            }
            if (f.rankOnly()) {
                continue;
            }
            TreeMap<YearMonth, Double> growth = new TreeMap<>();
            for (Figure month : queries.monthlySeries(unit, f.code(), period.getYear())) {
                if (!month.period().isAfter(period) && month.growth() != null) {
                    growth.put(month.period(), month.growth().doubleValue());
                }
            }
            series.add(new MonthlySeries(f.name(), growth));
            first = first == null ? f : first;
        }
        if (first != null) {
            TreeMap<YearMonth, Double> city = new TreeMap<>();
            queries.cityMonthlyGrowth(first.code(), period.getYear()).forEach((month, growth) -> {
                if (!month.isAfter(period)) {
                    city.put(month, growth.doubleValue());
                }
            });
            if (!city.isEmpty()) {
                series.add(new MonthlySeries("全市" + first.name(), city));
            }
        }
        return series;
    }

    private ProjectLedger ledger(String unit, YearMonth period) {
        // The ledger holds the current state, not a history: judge lateness as of the period's end, or today.
        LocalDate asOf = min(period.atEndOfMonth(), LocalDate.now(clock));
        LocalDate yearEnd = LocalDate.of(period.getYear(), 12, 31);
        List<ProjectCounts> lists = new ArrayList<>();
        List<LateProduction> lateProduction = new ArrayList<>();
        for (ProjectCategory category : ProjectCategory.values()) {
            List<Project> projects = queries.projects(unit, category);
            if (projects.isEmpty()) {
                continue;
            }
            int signed = 0, started = 0, produced = 0, terminated = 0, due = 0, producedOfDue = 0;
            for (Project p : projects) {
                boolean live = p.status() != ProjectStatus.已终止;
                boolean producing = p.status() == ProjectStatus.已投产;
                signed += p.status() != ProjectStatus.未签约 ? 1 : 0;
                started += p.status().started() ? 1 : 0;
                produced += producing ? 1 : 0;
                terminated += live ? 0 : 1;
                if (live && p.plannedProduction() != null && !p.plannedProduction().isAfter(yearEnd)) {
                    due++;
                    producedOfDue += producing ? 1 : 0;
                    if (!producing && p.actualProduction() == null && p.plannedProduction().isBefore(asOf)) {
                        lateProduction.add(new LateProduction(p.name(), p.dept(), p.leader(), p.plannedProduction()));
                    }
                }
            }
            lists.add(new ProjectCounts(category.name(), projects.size(), signed, started, produced, terminated, due,
                    producedOfDue));
        }
        List<LateProject> late = queries.projectsBehindSchedule(unit, asOf).stream()
                .map(ReportFacts::late).toList();
        lateProduction.sort(java.util.Comparator.comparing(LateProduction::plannedProduction));
        return new ProjectLedger(lists, late, lateProduction);
    }

    private static LateProject late(Project p) {
        return new LateProject(p.name(), p.dept(), p.leader(), p.plannedStart());
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static Double number(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}

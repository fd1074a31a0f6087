package org.jianbao.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Finds the briefing's 存在问题 from the data alone. Each problem is one sentence with its figures; they are ordered
 * by gravity, and at most {@link #MAX_PROBLEMS} are printed (the rest are reported as warnings):
 * <ol>
 *   <li><b>Behind the 序时进度</b>: a cumulative flow whose share of its amount target is below months/12 — the
 *       annual target itself is at risk. The indicator's other findings join the same sentence.</li>
 *   <li><b>Monthly slowdown</b>: the period's month alone grew at least {@link #SLOWDOWN_POINTS} percentage points
 *       and at least {@link #SLOWDOWN_SHARE} of last month's rate less than last month (or turned from growth to
 *       decline), even when the cumulative figure is on track. One sentence lists every such indicator, largest
 *       fall first.</li>
 *   <li><b>Other target misses, rank drops, growth below the city's</b>: one sentence per indicator, the one with
 *       most findings first.</li>
 *   <li><b>Projects not started</b> past their planned start (on or before the period's end).</li>
 *   <li><b>Projects not producing</b> past their planned production date.</li>
 * </ol>
 */
final class ProblemRules {

    /** The area a ledger problem belongs to when the speech has no item about projects. */
    static final String PROJECT_AREA = "项目建设";
    static final int MAX_PROBLEMS = 6;
    static final double SLOWDOWN_POINTS = 3.0;
    static final double SLOWDOWN_SHARE = 0.3;
    /** How many slowed indicators the slowdown problem gives figures for (the largest falls); the rest are counted. */
    static final int NAMED_SLOWDOWNS = 3;
    /** How many departments a late-project problem names (most late projects first). */
    static final int NAMED_DEPARTMENTS = 2;
    /** How many late projects a problem names; the rest are counted per department. */
    static final int NAMED_LATE_PROJECTS = 3;

    /**
     * @param area    the work area it belongs to (for 四、下步工作)
     * @param label   a short name of the problem ({@code 一般公共预算收入落后序时进度})
     * @param about   words the requirement answering it should share (indicator names and aliases, the label)
     */
    record Found(int gravity, int weight, String area, String label, String about, String text) {
    }

    private ProblemRules() {
    }

    static List<Found> find(BriefingFacts facts, String projectArea, List<IndicatorFigure> headline) {
        YearMonth period = facts.period();
        List<Found> out = new ArrayList<>();
        for (IndicatorFigure f : facts.figures()) {
            Found found = indicator(f, period);
            if (found != null) {
                out.add(found);
            }
        }
        List<IndicatorFigure> slowed = slowedSharply(facts.figures(), headline);
        if (!slowed.isEmpty()) {
            out.add(slowdown(slowed, period));
        }
        List<LateProject> late = late(facts);
        if (!late.isEmpty()) {
            out.add(new Found(4, late.size(), projectArea, "项目开工滞后", "项目 开工 " + projectArea,
                    late.size() + "个项目超过计划开工时间仍未开工，" + lateSummary(late)));
        }
        List<LateProduction> notProducing = facts.ledger().lateProduction();
        if (!notProducing.isEmpty()) {
            out.add(new Found(5, notProducing.size(), projectArea, "项目投产滞后", "项目 投产 " + projectArea,
                    notProducing.size() + "个项目超过计划投产时间仍未投产，" + productionSummary(notProducing)));
        }
        out.sort(Comparator.comparingInt(Found::gravity).thenComparing(Comparator.comparingInt(Found::weight).reversed()));
        return out;
    }

    /** The rule of the monthly slowdown (see the class comment), for rates where higher is better. */
    static boolean slowedSharply(IndicatorFigure f) {
        if (!f.higherIsBetter() || f.kind() == IndicatorKind.INDEX || f.monthGrowth() == null || f.previousMonthGrowth() == null) {
            return false;
        }
        double now = OfficeNumbers.rounded(f.monthGrowth());
        double before = OfficeNumbers.rounded(f.previousMonthGrowth());
        double fall = OfficeNumbers.rounded(before - now);
        boolean turned = before > 0 && now < 0;
        return turned || (fall >= SLOWDOWN_POINTS && fall >= OfficeNumbers.rounded(SLOWDOWN_SHARE * Math.abs(before)));
    }

    /** The indicators that slowed sharply: the headline ones first (the 导语's), each group largest fall first. */
    static List<IndicatorFigure> slowedSharply(List<IndicatorFigure> figures, List<IndicatorFigure> headline) {
        return figures.stream().filter(ProblemRules::slowedSharply)
                .sorted(Comparator.comparing((IndicatorFigure f) -> !headline.contains(f))
                        .thenComparingDouble(f -> f.monthGrowth() - f.previousMonthGrowth()))
                .toList();
    }

    /**
     * {@code 10月当月增速明显回落，规上工业增加值、一般公共预算收入、固定资产投资分别增长3.6%、0.8%、7.0%，较9月回落7.2、3.9、
     * 3.4个百分点，另有2项指标回落3个百分点以上。}
     */
    private static Found slowdown(List<IndicatorFigure> slowed, YearMonth period) {
        String previous = period.minusMonths(1).getMonthValue() + "月";
        List<IndicatorFigure> named = slowed.subList(0, Math.min(NAMED_SLOWDOWNS, slowed.size()));
        List<String> names = named.stream().map(IndicatorFigure::name).toList();
        boolean allUp = named.stream().allMatch(f -> OfficeNumbers.rounded(f.monthGrowth()) > 0);
        List<String> growths = named.stream()
                .map(f -> allUp && named.size() > 1 ? OfficeNumbers.oneDecimal(f.monthGrowth()) + "%" : OfficeNumbers.growthProse(f.monthGrowth()))
                .toList();
        List<String> falls = named.stream().map(f -> OfficeNumbers.points(f.previousMonthGrowth() - f.monthGrowth())).toList();
        String text = named.size() == 1
                ? names.get(0) + growths.get(0) + "，较" + previous + "回落" + falls.get(0) + "个百分点"
                : String.join("、", names) + "分别" + (allUp ? "增长" : "") + String.join("、", growths) + "，较" + previous + "回落"
                        + String.join("、", falls) + "个百分点";
        if (slowed.size() > named.size()) {
            text += "，另有" + (slowed.size() - named.size()) + "项指标回落" + OfficeNumbers.points(SLOWDOWN_POINTS).replace(".0", "")
                    + "个百分点以上";
        }
        Map<String, Long> areas = slowed.stream().filter(f -> f.area() != null)
                .collect(Collectors.groupingBy(IndicatorFigure::area, LinkedHashMap::new, Collectors.counting()));
        String area = areas.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        String about = slowed.stream().map(ProblemRules::names).collect(Collectors.joining(" ")) + " 增速 运行";
        return new Found(2, slowed.size(), area, period.getMonthValue() + "月当月增速回落", about,
                period.getMonthValue() + "月当月增速明显回落，" + text + "。");
    }

    /** Target misses, a rank drop and growth below the city's for one indicator, as one sentence; null if none. */
    private static Found indicator(IndicatorFigure f, YearMonth period) {
        TargetProgress.Result target = TargetProgress.of(f, period);
        List<String> amount = new ArrayList<>();
        List<String> growth = new ArrayList<>();
        List<String> rank = new ArrayList<>();
        String label = null;
        for (TargetProgress.Shortfall s : target.shortfalls()) {
            switch (s.part()) {
                case SCHEDULE, VALUE -> amount.add(s.phrase());
                case GROWTH -> growth.add(s.phrase());
                case RANK -> rank.add(s.phrase());
            }
            if (label == null) {
                label = switch (s.part()) {
                    case SCHEDULE -> "落后序时进度";
                    case VALUE -> "未达到年度目标";
                    case GROWTH -> "增速低于年度目标";
                    case RANK -> "排名未达到年度目标";
                };
            }
        }
        int findings = target.shortfalls().size();
        if (f.growth() != null && f.cityAverageGrowth() != null) {
            double g = OfficeNumbers.rounded(f.growth());
            double city = OfficeNumbers.rounded(f.cityAverageGrowth());
            if (f.higherIsBetter() ? g < city : g > city) {
                findings++;
                String compared = BriefingLead.comparedWithCity(f.growth(), f.cityAverageGrowth());
                growth.add(growth.isEmpty() ? "同比" + OfficeNumbers.growthProse(f.growth()) + "，" + compared : compared);
                label = label == null ? "增速低于全市" : label;
            }
        }
        if (f.rank() != null && f.previousRank() != null && f.rank() > f.previousRank()) {
            findings++;
            String change = BriefingLead.rankChange(f, period).substring(1);
            rank.add(rank.isEmpty() ? "居全市第" + f.rank() + "位，" + change : change);
            label = label == null ? "排名下降" : label;
        }
        if (findings == 0) {
            return null;
        }
        List<String> groups = new ArrayList<>();
        for (List<String> g : List.of(amount, growth, rank)) {
            if (!g.isEmpty()) {
                groups.add(String.join("，", g));
            }
        }
        return new Found(target.behindSchedule() ? 1 : 3, findings, f.area(), f.name() + label, names(f) + " " + label,
                f.name() + String.join("；", groups) + "。");
    }

    private static String names(IndicatorFigure f) {
        return String.join(" ", f.namesLongestFirst()) + (f.area() == null ? "" : " " + f.area());
    }

    /** The ledger's projects whose planned start is on or before the period's last day (or unknown). */
    static List<LateProject> late(BriefingFacts facts) {
        LocalDate periodEnd = facts.period().atEndOfMonth();
        return facts.ledger().lateProjects().stream()
                .filter(p -> p.plannedStart() == null || !p.plannedStart().isAfter(periodEnd))
                .toList();
    }

    /**
     * A briefing is read in minutes: a few late projects are named; many are counted per department, with the
     * longest overdue named, so every late project is accounted for in a line or two.
     */
    static String lateSummary(List<LateProject> late) {
        if (late.size() > NAMED_LATE_PROJECTS) {
            LateProject first = late.stream().min(Comparator.comparing(LateProject::plannedStart,
                    Comparator.nullsFirst(Comparator.naturalOrder()))).orElseThrow();
            return perDepartment(late.stream().map(LateProject::department).toList()) + "；延误最久的"
                    + Punctuation.normalise(first.name()) + "计划" + month(first.plannedStart()) + "开工。";
        }
        List<LateProject> byDelay = late.stream()
                .sorted(Comparator.comparing(LateProject::plannedStart, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        List<String> named = byDelay.stream().limit(NAMED_LATE_PROJECTS)
                .map(p -> describe(p.name(), p.department(), p.plannedStart(), "开工")).toList();
        return summary(named);
    }

    static String productionSummary(List<LateProduction> late) {
        if (late.size() > NAMED_LATE_PROJECTS) {
            LateProduction first = late.get(0);
            return perDepartment(late.stream().map(LateProduction::department).toList()) + "；延误最久的"
                    + Punctuation.normalise(first.name()) + "计划" + month(first.plannedProduction()) + "投产。";
        }
        List<String> named = late.stream().limit(NAMED_LATE_PROJECTS)
                .map(p -> describe(p.name(), p.department(), p.plannedProduction(), "投产")).toList();
        return summary(named);
    }

    /** {@code 其中投资服务局24个、经发局23个、生物医药园17个等}: the departments with most first. */
    private static String perDepartment(List<String> departments) {
        Map<String, Long> counts = departments.stream().collect(Collectors.groupingBy(
                d -> d == null || d.isBlank() ? "未明确责任单位" : d, LinkedHashMap::new, Collectors.counting()));
        List<String> most = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> e.getKey() + e.getValue() + "个").toList();
        return "其中" + String.join("、", most.subList(0, Math.min(NAMED_DEPARTMENTS, most.size())))
                + (most.size() > NAMED_DEPARTMENTS ? "等" : "");
    }

    /** A few late projects are all named. */
    private static String summary(List<String> named) {
        return "分别是" + String.join("、", named) + "。";
    }

    private static String month(LocalDate d) {
        return d == null ? "" : d.getYear() + "年" + d.getMonthValue() + "月";
    }

    static String describe(String name, String department, LocalDate planned, String what) {
        List<String> about = new ArrayList<>();
        if (department != null && !department.isBlank()) {
            about.add(department);
        }
        if (planned != null) {
            about.add("计划" + planned.getYear() + "年" + planned.getMonthValue() + "月" + what);
        }
        String n = Punctuation.normalise(name);
        return about.isEmpty() ? n : n + "（" + String.join("，", about) + "）";
    }
}

package org.jianbao.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the briefing's 存在问题 from the data alone, by four rules applied to every figure (in table order) and
 * then to the project ledger:
 * <ol>
 *   <li><b>behind target</b>: a target part is not met (see {@link TargetProgress});</li>
 *   <li><b>rank dropped</b>: this period's rank is worse (a larger number) than last month's;</li>
 *   <li><b>below the city average</b>: growth is lower than the city's average growth (higher, for an indicator
 *       where lower is better), when the average is known;</li>
 *   <li><b>projects overdue</b>: projects past their planned start (on or before the period's last day) that
 *       have not started.</li>
 * </ol>
 * The findings for one indicator make one problem, its phrases joined by 「；」. Every number printed is the
 * database's, rounded to one decimal.
 */
final class ProblemRules {

    /** The area a ledger problem belongs to when the speech has no item about projects. */
    static final String PROJECT_AREA = "项目建设";

    record Found(String area, String text) {
    }

    private ProblemRules() {
    }

    static List<Found> find(BriefingFacts facts, String projectArea) {
        List<Found> out = new ArrayList<>();
        for (IndicatorFigure f : facts.figures()) {
            List<String> phrases = new ArrayList<>(TargetProgress.of(f, facts.period()).shortfalls());
            if (f.rank() != null && f.previousRank() != null && f.rank() > f.previousRank()) {
                phrases.add("全市排名较上月下降" + (f.rank() - f.previousRank()) + "位（由第" + f.previousRank() + "位降至第"
                        + f.rank() + "位）");
            }
            if (f.growth() != null && f.cityAverageGrowth() != null) {
                double g = OfficeNumbers.rounded(f.growth());
                double avg = OfficeNumbers.rounded(f.cityAverageGrowth());
                if (f.higherIsBetter() ? g < avg : g > avg) {
                    // Say the growth once: a target phrase before may have said it already.
                    boolean said = phrases.stream().anyMatch(p -> p.startsWith("同比"));
                    phrases.add((said ? "" : "同比" + OfficeNumbers.growthProse(f.growth()) + "，") + (f.higherIsBetter() ? "低于" : "高于")
                            + "全市平均水平（" + OfficeNumbers.growthProse(f.cityAverageGrowth()) + "）"
                            + OfficeNumbers.points(avg - g) + "个百分点");
                }
            }
            if (!phrases.isEmpty()) {
                out.add(new Found(f.area(), f.name() + String.join("；", phrases) + "。"));
            }
        }
        List<LateProject> late = late(facts);
        if (!late.isEmpty()) {
            out.add(new Found(projectArea, projectArea + "方面，有" + late.size() + "个项目超过计划开工时间仍未开工，"
                    + lateSummary(late)));
        }
        return out;
    }

    /** The ledger's projects whose planned start is on or before the period's last day (or unknown). */
    static List<LateProject> late(BriefingFacts facts) {
        LocalDate periodEnd = facts.period().atEndOfMonth();
        return facts.ledger().lateProjects().stream()
                .filter(p -> p.plannedStart() == null || !p.plannedStart().isAfter(periodEnd))
                .toList();
    }

    /**
     * A briefing is read in minutes: the longest-overdue projects by name (department, leader, planned
     * start), the rest counted per department, so every late project is accounted for in a few lines.
     */
    static String lateSummary(List<LateProject> late) {
        List<LateProject> byDelay = late.stream()
                .sorted(java.util.Comparator.comparing(LateProject::plannedStart,
                        java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())))
                .toList();
        List<String> named = byDelay.stream().limit(NAMED_LATE_PROJECTS).map(ProblemRules::describe).toList();
        StringBuilder text = new StringBuilder();
        text.append(late.size() > named.size() ? "延误最久的有：" : "分别是：").append(String.join("、", named));
        if (late.size() > named.size()) {
            java.util.Map<String, Long> perDepartment = late.stream().collect(java.util.stream.Collectors.groupingBy(
                    p -> p.department() == null || p.department().isBlank() ? "未明确责任单位" : p.department(),
                    java.util.LinkedHashMap::new, java.util.stream.Collectors.counting()));
            List<String> counts = perDepartment.entrySet().stream()
                    .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                    .map(e -> e.getKey() + e.getValue() + "个").toList();
            text.append("等").append(late.size()).append("个项目（按责任单位：").append(String.join("、", counts)).append("）");
        }
        return text.append("。").toString();
    }

    /** How many late projects a briefing names; the rest are counted per department. */
    static final int NAMED_LATE_PROJECTS = 5;

    static String describe(LateProject p) {
        List<String> about = new ArrayList<>();
        if (p.department() != null && !p.department().isBlank()) {
            about.add(p.department());
        }
        if (p.leader() != null && !p.leader().isBlank()) {
            about.add("包联领导" + p.leader());
        }
        if (p.plannedStart() != null) {
            about.add("计划" + p.plannedStart().getYear() + "年" + p.plannedStart().getMonthValue() + "月开工");
        }
        return about.isEmpty() ? p.name() : p.name() + "（" + String.join("，", about) + "）";
    }
}

package org.jianbao.report;

import java.time.LocalDate;
import java.util.List;

import org.jianbao.template.Chart;

/**
 * The data model of {@code templates/progress-briefing.docx}. Every component name is a tag of the template
 * ({@code {{unit.name}}}, {@code {{?indicators}}}…); TemplatesTest checks both agree.
 *
 * @param unit              the unit ({@code {{unit.name}}工作进展简报})
 * @param issue             第N期
 * @param issuingOffice     printed left in the masthead
 * @param date              printed right in the masthead ({@code {{date | date}}})
 * @param title             {@code <unit><year>年1—<month>月经济运行及重点工作进展情况}, whole (for file names and logs)
 * @param period            {@code 2026年1—10月}: the template sets the title in two lines, {@code {{unit.name}}{{period}}}
 *                          and the fixed {@code 经济运行及重点工作进展情况}, so that no word is split (GB/T 9704)
 * @param lead              导语: the period's headline figures in the office's voice ({@link BriefingLead})
 * @param highlights        一's text: which indicators are ahead, behind or turning (names only: the table has the
 *                          numbers)
 * @param months            the table's header for the cumulative value, {@code 1—10月}
 * @param indicators        the indicator table, one row per figure
 * @param growthChart       monthly cumulative growth of the headline indicators, or null when no series is known
 * @param chartCaption      {@code 图1 …}, or empty without a chart
 * @param requirementSource 二's opening: the speech, speaker and meeting named once
 * @param workAreas         二、重点工作推进情况: one block per work area of the speech
 * @param problemsNo        the numeral of the 存在问题 heading: 三, or 二 when there is no 二、重点工作推进情况
 * @param stepsNo           the numeral of the 下步工作 heading
 * @param problems          三、存在问题, found by the rules in {@link ProblemRules}, gravest first
 * @param nextSteps         四、下步工作: per work area with problems, the requirement that answers them
 * @param tailLines         报尾: 报/送/发 lines that have recipients
 * @param copies            共印N份
 */
public record Briefing(
        Unit unit,
        int issue,
        String issuingOffice,
        LocalDate date,
        String title,
        String period,
        String lead,
        String highlights,
        String months,
        List<IndicatorRow> indicators,
        Chart growthChart,
        String chartCaption,
        String requirementSource,
        List<WorkArea> workAreas,
        String problemsNo,
        String stepsNo,
        List<Problem> problems,
        List<NextStep> nextSteps,
        List<TailLine> tailLines,
        int copies) {

    public Briefing {
        indicators = List.copyOf(indicators);
        workAreas = List.copyOf(workAreas);
        problems = List.copyOf(problems);
        nextSteps = List.copyOf(nextSteps);
        tailLines = List.copyOf(tailLines);
    }

    public record Unit(String name) {
    }

    /**
     * A row of the indicator table, formatted as offices print it (「—」 for missing data). The target is split in
     * three columns so that no cell wraps.
     *
     * @param progress ▲ (meets its target, or the 序时进度 for a cumulative flow), ▼ (behind), 「—」 (no target or no
     *                 data); for a flow with an amount target followed by the share of the target reached
     */
    public record IndicatorRow(String name, String measure, String value, String growth, String rank,
                               String targetValue, String targetGrowth, String targetRank, String progress) {
    }

    /**
     * A work area of the speech.
     *
     * @param requirement the speech's requirement for it, shortened to whole clauses, in quotation marks
     * @param departments the units the speech tasks with it, or empty (the line is then left out)
     * @param facts       how the area's indicators stand against their targets, and the ledger for the project area
     */
    public record WorkArea(String number, String name, String requirement, String departments, String facts) {
    }

    /** A problem found by a rule: one sentence with its figures. */
    public record Problem(String number, String text) {
    }

    /** What to do next in one work area: the problems it answers and the speech's requirement that answers them. */
    public record NextStep(String number, String text) {
    }

    /** A 报尾 line: {@code 报}, {@code 送} or {@code 发} and the recipients separated by 「，」. */
    public record TailLine(String label, String names) {
    }
}

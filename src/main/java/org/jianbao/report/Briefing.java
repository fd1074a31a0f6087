package org.jianbao.report;

import java.time.LocalDate;
import java.util.List;

import org.jianbao.template.Chart;

/**
 * The data model of {@code templates/progress-briefing.docx}. Every component name is a tag of the template
 * ({@code {{unit.name}}}, {@code {{?indicators}}}…); TemplatesTest checks both agree.
 *
 * @param unit          the unit ({@code {{unit.name}}工作进展简报})
 * @param issue         第N期
 * @param issuingOffice printed left in the masthead
 * @param date          printed right in the masthead ({@code {{date | date}}})
 * @param title         {@code <unit><year>年1—<month>月经济运行及重点工作进展情况}, whole (for file names and logs)
 * @param period        {@code 2026年1—10月}: the template sets the title in two lines, {@code {{unit.name}}{{period}}}
 *                      and the fixed {@code 经济运行及重点工作进展情况}, so that no word is split (GB/T 9704)
 * @param scorecard     the speech's 成绩单 sentences with this period's figures filled in
 * @param indicators    the indicator table, one row per figure
 * @param growthChart   monthly cumulative growth of the main indicators (a native line chart), or null when no
 *                      series is known
 * @param workAreas     二、重点工作推进情况: one block per work area of the speech
 * @param problems      三、存在问题, found by the rules in {@link ProblemRules}
 * @param nextSteps     四、下步工作: the speech's requirements for the areas with problems
 * @param tailLines     报尾: 报/送/发 lines that have recipients
 * @param copies        共印N份
 */
public record Briefing(
        Unit unit,
        int issue,
        String issuingOffice,
        LocalDate date,
        String title,
        String period,
        String scorecard,
        List<IndicatorRow> indicators,
        Chart growthChart,
        List<WorkArea> workAreas,
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
     * A row of the indicator table, formatted as offices print it (one decimal, 「—」 for missing data).
     *
     * @param progress ▲ (meets its target, or the 序时进度 for cumulative amounts), ▼ (behind), 「—」 (no target
     *                 or no data); for amount targets followed by the share of the annual target reached ({@code ▲86.0%})
     */
    public record IndicatorRow(String name, String measure, String value, String growth, String rank, String target,
                               String progress) {
    }

    /** A work area of the speech: its requirement verbatim, the departments it names, what the data says. */
    public record WorkArea(String number, String name, String requirement, String departments, List<Fact> facts) {

        public WorkArea {
            facts = List.copyOf(facts);
        }
    }

    /** One sentence of data, built from fixed phrases and the database's numbers. */
    public record Fact(String text) {
    }

    /** A problem found by a rule, with its figures. */
    public record Problem(int number, String area, String text) {
    }

    /** The speech's requirement for an area with a problem, verbatim. */
    public record NextStep(String number, String area, String text) {
    }

    /** A 报尾 line: {@code 报}, {@code 送} or {@code 发} and the recipients separated by 「，」. */
    public record TailLine(String label, String names) {
    }
}

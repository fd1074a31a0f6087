package org.jianbao.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jianbao.speech.Assignment;
import org.jianbao.speech.Item;
import org.jianbao.speech.Paragraph;
import org.jianbao.speech.Section;
import org.jianbao.speech.Speech;
import org.jianbao.template.Chart;

/**
 * Builds the progress briefing's model: the speech's tasks against the period's numbers. The speech supplies
 * the 成绩单 sentences, the work areas (the items of the section that holds most of the areas the figures name,
 * e.g. 经济运行…营商环境), their requirements and departments; the facts supply every number. The only other
 * words are the fixed phrases in this class, {@link TargetProgress} and {@link ProblemRules}.
 */
public final class BriefingAssembler {

    /** The fixed second line of the briefing's title (also in the template). */
    static final String TITLE_SUBJECT = "经济运行及重点工作进展情况";
    /** Printed as 责任单位 when the speech names no department for an area. */
    static final String NO_DEPARTMENT = "讲话未明确";
    static final int CHART_WIDTH_MM = 150;
    static final int CHART_HEIGHT_MM = 75;

    public Assembled<Briefing> assemble(Speech speech, BriefingFacts facts) {
        Set<String> warnings = new LinkedHashSet<>();
        PlaceholderFilling filling = new PlaceholderFilling(facts.unitName(), facts.period(), facts.figures(), speech.placeholders());

        String scorecard = scorecard(speech, filling, warnings);
        Section workSection = workSection(speech, facts);
        String projectArea = projectArea(workSection);
        List<ProblemRules.Found> found = ProblemRules.find(facts, projectArea);

        List<Briefing.WorkArea> areas = new ArrayList<>();
        List<Briefing.NextStep> nextSteps = new ArrayList<>();
        if (workSection != null) {
            for (Item item : workSection.items()) {
                String name = SpeechSentences.bare(item.heading());
                String requirement = fill(requirement(workSection, item), filling, warnings);
                areas.add(new Briefing.WorkArea(item.number(), name, requirement, departments(speech, name),
                        facts(name, name.equals(projectArea), facts)));
                if (found.stream().anyMatch(p -> name.equals(p.area()))) {
                    nextSteps.add(new Briefing.NextStep(OfficeNumbers.chineseNumeral(nextSteps.size() + 1), name, requirement));
                }
            }
        } else {
            warnings.add("讲话中找不到与指标所属工作对应的分项（如“（一）经济运行”），重点工作推进情况为空");
        }

        List<Briefing.Problem> problems = new ArrayList<>();
        for (ProblemRules.Found p : found) {
            problems.add(new Briefing.Problem(problems.size() + 1, p.area(), p.text()));
        }

        Briefing briefing = new Briefing(
                new Briefing.Unit(facts.unitName()),
                facts.issueNumber(),
                facts.issuingOffice(),
                facts.date(),
                title(facts.unitName(), facts.period()),
                period(facts.period()),
                scorecard,
                facts.figures().stream().map(f -> row(f, facts.period())).toList(),
                chart(facts),
                areas,
                problems,
                nextSteps,
                tail(facts.distribution()),
                facts.distribution() == null ? 0 : facts.distribution().copies());
        return new Assembled<>(briefing, List.copyOf(warnings));
    }

    static String title(String unit, YearMonth period) {
        return unit + period(period) + TITLE_SUBJECT;
    }

    /** {@code 2026年1—10月}; January alone is {@code 2026年1月}. */
    static String period(YearMonth period) {
        String months = period.getMonthValue() == 1 ? "1月" : "1—" + period.getMonthValue() + "月";
        return period.getYear() + "年" + months;
    }

    /**
     * The speech's 成绩单: in the paragraph with the most sentences holding figure marks, the sentences from the
     * first such to the last such, verbatim, with this period's figures filled in.
     */
    private static String scorecard(Speech speech, PlaceholderFilling filling, Set<String> warnings) {
        List<String> best = List.of();
        for (Paragraph p : allParagraphs(speech)) {
            List<String> sentences = SpeechSentences.sentences(p);
            int first = -1;
            int last = -1;
            int count = 0;
            for (int i = 0; i < sentences.size(); i++) {
                if (filling.hasFigureMarks(sentences.get(i))) {
                    first = first < 0 ? i : first;
                    last = i;
                    count++;
                }
            }
            if (count > 0 && count > countMarked(best, filling)) {
                best = sentences.subList(first, last + 1);
            }
        }
        if (best.isEmpty()) {
            warnings.add("讲话中没有含×的成绩单句，主要经济指标只列表格");
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String s : best) {
            out.append(fill(s, filling, warnings));
        }
        return out.toString();
    }

    private static long countMarked(List<String> sentences, PlaceholderFilling filling) {
        return sentences.stream().filter(filling::hasFigureMarks).count();
    }

    private static List<Paragraph> allParagraphs(Speech speech) {
        List<Paragraph> out = new ArrayList<>(speech.preamble());
        for (Section s : speech.sections()) {
            out.addAll(s.paragraphs());
            for (Item item : s.items()) {
                addParagraphs(out, item);
            }
        }
        return out;
    }

    private static void addParagraphs(List<Paragraph> out, Item item) {
        out.addAll(item.paragraphs());
        item.children().forEach(c -> addParagraphs(out, c));
    }

    /**
     * The section whose items are the work areas: the one with most item headings equal to a figure's area
     * (ties and no match at all: the one with most items). Null when the speech has no items.
     */
    private static Section workSection(Speech speech, BriefingFacts facts) {
        Set<String> areas = new LinkedHashSet<>();
        facts.figures().forEach(f -> {
            if (f.area() != null) {
                areas.add(f.area().strip());
            }
        });
        Section best = null;
        long bestMatches = -1;
        for (Section s : speech.sections()) {
            if (s.items().isEmpty()) {
                continue;
            }
            long matches = s.items().stream().filter(i -> areas.contains(SpeechSentences.bare(i.heading()))).count();
            if (best == null || matches > bestMatches || (matches == bestMatches && s.items().size() > best.items().size())) {
                best = s;
                bestMatches = matches;
            }
        }
        return best;
    }

    /** The work area that gets the project ledger: the first item whose heading speaks of 项目. */
    private static String projectArea(Section workSection) {
        if (workSection != null) {
            for (Item item : workSection.items()) {
                String h = SpeechSentences.bare(item.heading());
                if (h.contains("项目")) {
                    return h;
                }
            }
        }
        return ProblemRules.PROJECT_AREA;
    }

    /** The item's requirement sentences in order, joined; an item without any gives its first sentence. */
    private static String requirement(Section section, Item item) {
        List<String> sentences = SpeechSentences.of(section, item).stream().map(SpeechSentences.Located::sentence).toList();
        List<String> required = sentences.stream().filter(Requirements::isRequirement).toList();
        if (!required.isEmpty()) {
            return String.join("", required);
        }
        return sentences.isEmpty() ? "" : sentences.get(0);
    }

    private static String departments(Speech speech, String area) {
        Set<String> names = new LinkedHashSet<>();
        for (Assignment a : speech.assignments()) {
            if (a.item() != null && SpeechSentences.bare(a.item()).equals(area) && a.department() != null) {
                names.add(a.department().strip());
            }
        }
        return names.isEmpty() ? NO_DEPARTMENT : String.join("、", names);
    }

    private static List<Briefing.Fact> facts(String area, boolean projects, BriefingFacts facts) {
        List<Briefing.Fact> out = new ArrayList<>();
        for (IndicatorFigure f : facts.figures()) {
            if (f.area() != null && f.area().strip().equals(area)) {
                String sentence = figureSentence(f);
                if (sentence != null) {
                    out.add(new Briefing.Fact(sentence));
                }
            }
        }
        if (projects) {
            for (ProjectCounts c : facts.ledger().lists()) {
                out.add(new Briefing.Fact(ledgerSentence(c)));
            }
            List<LateProject> late = ProblemRules.late(facts);
            if (!late.isEmpty()) {
                out.add(new Briefing.Fact("未按计划开工项目" + late.size() + "个，" + ProblemRules.lateSummary(late)));
            }
        }
        return out;
    }

    /** 「地区生产总值本期累计完成412.6亿元，同比增长6.3%，全市排名第1位。」 from the figures present. */
    static String figureSentence(IndicatorFigure f) {
        List<String> parts = new ArrayList<>();
        String measure = f.measure() == null ? "" : f.measure();
        if (f.value() != null) {
            parts.add((TargetProgress.isAmount(measure) ? "本期累计完成" : "本期为") + OfficeNumbers.amount(f.value(), measure) + measure);
        }
        if (f.growth() != null) {
            parts.add("同比" + OfficeNumbers.growthProse(f.growth()));
        }
        if (f.rank() != null) {
            parts.add("全市排名第" + f.rank() + "位");
        }
        return parts.isEmpty() ? null : f.name() + String.join("，", parts) + "。";
    }

    /** 「招引项目254个，已签约254个、开工180个、投产95个，开工率70.9%、投产率37.4%。」 */
    static String ledgerSentence(ProjectCounts c) {
        StringBuilder s = new StringBuilder()
                .append(c.category()).append(c.total()).append("个，已签约").append(c.signed()).append("个、开工")
                .append(c.started()).append("个、投产").append(c.inProduction()).append("个");
        if (c.total() > 0) {
            s.append("，开工率").append(OfficeNumbers.oneDecimal(c.startRate()))
                    .append("%、投产率").append(OfficeNumbers.oneDecimal(c.productionRate())).append("%");
        }
        return s.append("。").toString();
    }

    private static Briefing.IndicatorRow row(IndicatorFigure f, YearMonth period) {
        TargetProgress.Result progress = TargetProgress.of(f, period);
        return new Briefing.IndicatorRow(
                f.name(),
                f.measure() == null ? OfficeNumbers.MISSING : f.measure(),
                OfficeNumbers.amount(f.value(), f.measure()),
                OfficeNumbers.oneDecimal(f.growth()),
                f.rank() == null ? OfficeNumbers.MISSING : Integer.toString(f.rank()),
                progress.target(),
                progress.progress());
    }

    /** A line chart of 1—N月 cumulative growth per series; null when there is no series at all. */
    static Chart chart(BriefingFacts facts) {
        if (facts.series().isEmpty()) {
            return null;
        }
        YearMonth period = facts.period();
        List<String> categories = new ArrayList<>();
        for (int m = 1; m <= period.getMonthValue(); m++) {
            categories.add(m + "月");
        }
        List<Chart.Series> series = new ArrayList<>();
        for (MonthlySeries s : facts.series()) {
            List<Double> values = new ArrayList<>();
            for (int m = 1; m <= period.getMonthValue(); m++) {
                Double v = s.growth().get(YearMonth.of(period.getYear(), m));
                values.add(v == null ? null : OfficeNumbers.rounded(v));
            }
            series.add(new Chart.Series(s.indicatorName(), values));
        }
        return new Chart(Chart.ChartType.LINE, "主要指标累计增速（%）", categories, series, CHART_WIDTH_MM, CHART_HEIGHT_MM);
    }

    private static List<Briefing.TailLine> tail(Distribution d) {
        List<Briefing.TailLine> out = new ArrayList<>();
        if (d == null) {
            return out;
        }
        if (!d.reportTo().isEmpty()) {
            out.add(new Briefing.TailLine("报", String.join("，", d.reportTo())));
        }
        if (!d.sendTo().isEmpty()) {
            out.add(new Briefing.TailLine("送", String.join("，", d.sendTo())));
        }
        if (!d.issueTo().isEmpty()) {
            out.add(new Briefing.TailLine("发", String.join("，", d.issueTo())));
        }
        return out;
    }

    private static String fill(String sentence, PlaceholderFilling filling, Set<String> warnings) {
        PlaceholderFilling.Filled filled = filling.fill(sentence);
        warnings.addAll(filled.warnings());
        return filled.text();
    }
}

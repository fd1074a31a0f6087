package org.jianbao.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jianbao.speech.Assignment;
import org.jianbao.speech.Item;
import org.jianbao.speech.Placeholder;
import org.jianbao.speech.Speech;
import org.jianbao.template.Chart;
import org.jianbao.text.ChineseNumerals;

/**
 * Builds the progress briefing's model: the speech's tasks against the period's numbers, in the order an office
 * writes a 简报 (导语, 一 indicators, 二 work areas, 三 problems, 四 next steps). The data supply every number; the
 * speech supplies the work areas, their requirements (quoted once, shortened to whole clauses) and the units it
 * tasks; every other word is a fixed phrase of this class, {@link BriefingLead}, {@link TargetProgress} or
 * {@link ProblemRules}. Nothing the speech says about its own period (its 成绩单) is reused with other figures:
 * that belongs to the study notes, with its period named.
 */
public final class BriefingAssembler {

    /** The fixed second line of the briefing's title (also in the template). */
    static final String TITLE_SUBJECT = "经济运行及重点工作进展情况";
    static final int CHART_WIDTH_MM = 150;
    static final int CHART_HEIGHT_MM = 45;
    static final String CHART_TITLE = "主要指标累计增速（%）";
    /** The 导语 gives this many headline indicators when the speech's own figures name none. */
    static final int HEADLINE_INDICATORS = 4;
    private static final Pattern SPEAKER_AND_MEETING = Pattern.compile("^(.{2,12}?)在(.+?)上的讲话$");
    private static final Pattern PLENUM_CONGRESS = Pattern.compile("([一二三四五六七八九十]{1,3})届[一二三四五六七八九]中全?会");

    public Assembled<Briefing> assemble(Speech speech, BriefingFacts facts) {
        Set<String> warnings = new LinkedHashSet<>();
        PlaceholderFilling filling = new PlaceholderFilling(facts.unitName(), facts.period(), facts.figures(), speech.placeholders());
        YearMonth period = facts.period();

        List<IndicatorFigure> headline = headline(speech, facts.figures());
        WorkAreaLinks links = WorkAreaLinks.of(speech, facts.figures());
        String projectArea = projectArea(links);

        List<ProblemRules.Found> found = new ArrayList<>(ProblemRules.find(facts, projectArea, headline));
        if (found.size() > ProblemRules.MAX_PROBLEMS) {
            found.subList(ProblemRules.MAX_PROBLEMS, found.size())
                    .forEach(p -> warnings.add("存在问题超过" + ProblemRules.MAX_PROBLEMS + "条，未列入：" + p.text()));
            found = new ArrayList<>(found.subList(0, ProblemRules.MAX_PROBLEMS));
        }

        Set<String> quotedClauses = new HashSet<>();
        List<Briefing.WorkArea> areas = new ArrayList<>();
        Map<Item, String> departmentsOf = new LinkedHashMap<>();
        if (links != null) {
            for (Item item : links.items()) {
                String name = canonical(SpeechSentences.bare(item.heading()), speech, warnings);
                List<IndicatorFigure> linked = links.figures(item);
                String about = name + " " + linked.stream().map(f -> String.join(" ", f.namesLongestFirst())).reduce("", String::concat)
                        + (name.equals(projectArea) ? " 项目 开工 投产" : "");
                String sentence = bestRequirement(links, item, about);
                String clause = sentence == null ? "" : Clauses.requirement(sentence);
                quotedClauses.addAll(Clauses.of(clause));
                List<String> departments = departments(speech, item);
                String units = String.join("、", departments);
                departmentsOf.put(item, units);
                String requirement = clause.isEmpty() ? "" : "讲话要求" + quoted(clause, filling, warnings) + "。";
                boolean named = departments.stream().allMatch(clause::contains);
                areas.add(new Briefing.WorkArea(ChineseNumerals.of(areas.size() + 1), name, requirement,
                        departments.isEmpty() || named ? "" : "责任单位：" + units + "。",
                        facts(name.equals(projectArea), facts)));
            }
        } else {
            warnings.add("讲话中没有分项（如“（一）经济运行”），重点工作推进情况一节从略");
        }

        List<Briefing.Problem> problems = new ArrayList<>();
        for (ProblemRules.Found p : found) {
            problems.add(new Briefing.Problem(ChineseNumerals.of(problems.size() + 1), p.text()));
        }
        List<Briefing.NextStep> nextSteps = nextSteps(found, links, departmentsOf, quotedClauses, filling, warnings);

        Chart chart = chart(facts, headline);
        Briefing briefing = new Briefing(
                new Briefing.Unit(facts.unitName()),
                facts.issueNumber(),
                facts.issuingOffice(),
                facts.date(),
                title(facts.unitName(), period),
                period(period),
                BriefingLead.lead(facts.unitName(), period, headline),
                BriefingLead.highlights(period, facts.figures(), ProblemRules.slowedSharply(facts.figures(), headline)),
                BriefingLead.months(period),
                facts.figures().stream().map(f -> row(f, period)).toList(),
                chart,
                chart == null ? "" : "图1　" + CHART_TITLE,
                areas.isEmpty() ? "" : requirementSource(speech, warnings),
                areas,
                areas.isEmpty() ? "二" : "三",
                areas.isEmpty() ? "三" : "四",
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
        return period.getYear() + "年" + BriefingLead.months(period);
    }

    /**
     * The headline indicators of the 导语: those the speech's own figure marks measure (its 成绩单 names GDP,
     * revenue, investment, industry), in table order; without such marks the first {@value #HEADLINE_INDICATORS}
     * figures that have a value.
     */
    static List<IndicatorFigure> headline(Speech speech, List<IndicatorFigure> figures) {
        List<IndicatorFigure> named = new ArrayList<>();
        for (IndicatorFigure f : figures) {
            boolean measured = speech.placeholders().stream()
                    .map(Placeholder::subject)
                    .anyMatch(subject -> subject != null && f.namesLongestFirst().stream().anyMatch(subject::contains));
            if (measured && f.value() != null) {
                named.add(f);
            }
        }
        if (named.size() >= 2) {
            return named;
        }
        return figures.stream().filter(f -> f.value() != null).limit(HEADLINE_INDICATORS).toList();
    }

    /** The work area that gets the project ledger: the first item whose heading speaks of 项目. */
    private static String projectArea(WorkAreaLinks links) {
        if (links != null) {
            for (Item item : links.items()) {
                String h = SpeechSentences.bare(item.heading());
                if (h.contains("项目")) {
                    return h;
                }
            }
        }
        return ProblemRules.PROJECT_AREA;
    }

    /** The item's requirement sentence sharing most words with {@code about} (the earliest on a tie), or null. */
    private static String bestRequirement(WorkAreaLinks links, Item item, String about) {
        Set<String> wanted = Clauses.bigrams(about);
        String best = null;
        int bestScore = -1;
        for (SpeechSentences.Located l : SpeechSentences.of(links.section(), item)) {
            String s = l.sentence();
            if (!Requirements.isRequirement(s) || Asides.isAside(s)) {
                continue;
            }
            int score = Clauses.overlap(Clauses.bigrams(s), wanted);
            if (score > bestScore) {
                best = s;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * The units the speech tasks in an item, as its assignment sentences name them: the whole subject before 要
     * ({@code 投资服务局和园区要…} names both), split at 和/及/与/、.
     */
    static List<String> departments(Speech speech, Item item) {
        Set<String> names = new LinkedHashSet<>();
        for (Assignment a : SpeechSentences.assignmentsOf(speech, item)) {
            String department = a.department().strip();
            String subject = department;
            for (String clause : Clauses.of(a.text())) {
                int at = clause.indexOf(department);
                int modal = clause.indexOf('要', Math.max(at, 0));
                if (at >= 0 && modal > at) {
                    subject = clause.substring(0, modal);
                    break;
                }
            }
            for (String part : subject.split("[和及与、]")) {
                if (!part.isBlank()) {
                    names.add(part.strip());
                }
            }
        }
        return List.copyOf(names);
    }

    /**
     * 二's words on an area's figures: the table and 三 have every indicator's number and judgement, so the text adds
     * only what they do not have — the project ledger, in the project area: {@code 招引项目254个、重点项目130个，开工率
     * 分别为74.0%、73.4%，今年应投产的105个、7个项目已投产42个、0个，投产率分别为40.0%、0.0%（已终止项目不计）。}
     */
    private static String facts(boolean projects, BriefingFacts facts) {
        List<ProjectCounts> lists = projects ? facts.ledger().lists() : List.of();
        if (lists.isEmpty()) {
            return "";
        }
        boolean one = lists.size() == 1;
        String both = one ? "" : "分别为";
        StringBuilder s = new StringBuilder(String.join("、", lists.stream().map(c -> c.category() + c.total() + "个").toList()));
        s.append("，开工率").append(both).append(join(lists, c -> rate(c.startRate())));
        if (lists.stream().allMatch(c -> c.productionRate() != null)) {
            s.append("，今年应投产的").append(join(lists, c -> c.dueThisYear() + "个")).append(one ? "" : "项目").append("已投产")
                    .append(join(lists, c -> c.producedOfDue() + "个")).append("，投产率").append(both)
                    .append(join(lists, c -> rate(c.productionRate())));
        }
        if (lists.stream().anyMatch(c -> c.terminated() > 0)) {
            s.append("（已终止项目不计）");
        }
        return s.append("。").toString();
    }

    private static String join(List<ProjectCounts> lists, java.util.function.Function<ProjectCounts, String> part) {
        return String.join("、", lists.stream().map(part).toList());
    }

    private static String rate(Double percent) {
        return percent == null ? OfficeNumbers.MISSING : OfficeNumbers.oneDecimal(percent) + "%";
    }

    /**
     * 四: one line per work area that has problems, naming them and quoting the requirement that answers them —
     * the clauses of the area's requirements that share most words with the problems, other than those 二 quoted.
     */
    private static List<Briefing.NextStep> nextSteps(List<ProblemRules.Found> found, WorkAreaLinks links,
            Map<Item, String> departmentsOf, Set<String> quotedClauses, PlaceholderFilling filling, Set<String> warnings) {
        Map<Item, List<ProblemRules.Found>> byItem = new LinkedHashMap<>();
        List<ProblemRules.Found> unplaced = new ArrayList<>();
        for (ProblemRules.Found p : found) {
            Item item = links == null ? null : itemFor(links, p);
            if (item == null) {
                unplaced.add(p);
            } else {
                byItem.computeIfAbsent(item, k -> new ArrayList<>()).add(p);
            }
        }
        List<Briefing.NextStep> out = new ArrayList<>();
        for (Map.Entry<Item, List<ProblemRules.Found>> e : byItem.entrySet()) {
            String about = String.join(" ", e.getValue().stream().map(ProblemRules.Found::about).toList());
            String labels = problemNumbers(e.getValue(), found);
            String sentence = bestRequirement(links, e.getKey(), about);
            String clause = sentence == null ? null : Clauses.bestFor(sentence, about, quotedClauses);
            if (clause == null && sentence != null) {
                clause = Clauses.requirement(sentence);
            }
            String units = departmentsOf.getOrDefault(e.getKey(), "");
            String text = "针对" + labels + "，"
                    + (clause == null ? "对照讲话部署抓好整改" : "落实讲话" + quoted(clause, filling, warnings) + "的要求")
                    + (units.isEmpty() ? "" : "，由" + units + "牵头") + "。";
            out.add(new Briefing.NextStep(ChineseNumerals.of(out.size() + 1), text));
        }
        if (!unplaced.isEmpty()) {
            String labels = problemNumbers(unplaced, found);
            out.add(new Briefing.NextStep(ChineseNumerals.of(out.size() + 1), "针对" + labels + "，对照讲话部署抓好整改。"));
        }
        return out;
    }

    /** {@code 问题（一）（二）}: 三 has just said what they are. */
    private static String problemNumbers(List<ProblemRules.Found> some, List<ProblemRules.Found> all) {
        List<Integer> numbers = some.stream().map(p -> all.indexOf(p) + 1).sorted().toList();
        boolean run = numbers.size() > 2 && numbers.get(numbers.size() - 1) - numbers.get(0) == numbers.size() - 1;
        if (run) {
            return "问题（" + ChineseNumerals.of(numbers.get(0)) + "）至（"
                    + ChineseNumerals.of(numbers.get(numbers.size() - 1)) + "）";
        }
        StringBuilder s = new StringBuilder("问题");
        numbers.forEach(n -> s.append("（").append(ChineseNumerals.of(n)).append("）"));
        return s.toString();
    }

    /** The item a problem belongs to: the one named as its area, else the one sharing most words with it. */
    private static Item itemFor(WorkAreaLinks links, ProblemRules.Found p) {
        for (Item item : links.items()) {
            if (p.area() != null && SpeechSentences.bare(item.heading()).equals(p.area())) {
                return item;
            }
        }
        Set<String> wanted = Clauses.bigrams(p.about());
        Item best = null;
        int bestScore = 0;
        for (Item item : links.items()) {
            int score = Clauses.overlap(Clauses.bigrams(item.heading() + WorkAreaLinks.text(item)), wanted);
            if (score > bestScore) {
                best = item;
                bestScore = score;
            }
        }
        return best;
    }

    /** {@code 按照县委书记在传达…会议上的讲话要求，现将重点工作推进情况简报如下。} The speech is named once, here. */
    private static String requirementSource(Speech speech, Set<String> warnings) {
        String title = canonical(speech.title() == null ? "" : speech.title().strip(), speech, warnings);
        String date = speech.date() == null || speech.date().isBlank() ? "" : "（" + speech.date().strip() + "）";
        Matcher m = SPEAKER_AND_MEETING.matcher(title);
        String source = m.matches() ? m.group(1) + "在" + m.group(2) + "上的讲话" + date + "要求"
                : "《" + title + "》" + date + "的要求";
        return "按照" + source + "，现将各项重点工作推进情况简报如下。";
    }

    /** A heading or title the program prints, with Party names in their canonical form (corrections warned). */
    static String canonical(String text, Speech speech, Set<String> warnings) {
        PartyNames.Corrected c = PartyNames.canonical(text, congress(speech));
        c.corrections().forEach(x -> warnings.add("讲话原文" + x + "，生成内容已更正"));
        return c.text();
    }

    /** The congress the speech's plenum belongs to ({@code 二十} for 二十届三中全会 in its title), or null. */
    static String congress(Speech speech) {
        Matcher m = PLENUM_CONGRESS.matcher(speech.title() == null ? "" : speech.title());
        return m.find() ? m.group(1) : null;
    }

    private static Briefing.IndicatorRow row(IndicatorFigure f, YearMonth period) {
        TargetProgress.Result progress = TargetProgress.of(f, period);
        return new Briefing.IndicatorRow(
                f.name(),
                f.measure() == null ? OfficeNumbers.MISSING : f.measure(),
                OfficeNumbers.figure(f.value(), f.kind(), f.measure()),
                OfficeNumbers.oneDecimal(f.growth()),
                f.rank() == null ? OfficeNumbers.MISSING : Integer.toString(f.rank()),
                progress.targetValue(),
                progress.targetGrowth(),
                progress.targetRank(),
                progress.progress());
    }

    /**
     * A line chart of 1—N月 cumulative growth of the headline indicators and the city's line for the first of them
     * where the data has it (the facts' series), each line's last value labelled; null when there is no series.
     */
    static Chart chart(BriefingFacts facts, List<IndicatorFigure> headline) {
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
        // No title inside the chart: the caption under it (图1 …) is its title, as in print.
        return new Chart(Chart.ChartType.LINE, null, categories, series, CHART_WIDTH_MM, CHART_HEIGHT_MM, true);
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

    /** Speech words as a generated document prints them: × for the unit's name filled, punctuation full-width. */
    private static String printed(String words, PlaceholderFilling filling, Set<String> warnings) {
        PlaceholderFilling.Filled filled = filling.fill(words);
        warnings.addAll(filled.warnings());
        return Punctuation.normalise(filled.text());
    }

    /** Speech words inside the document's own “…”: their quotation marks become ‘…’, as Chinese nests quotes. */
    private static String quoted(String words, PlaceholderFilling filling, Set<String> warnings) {
        return "“" + printed(words, filling, warnings).replace('“', '‘').replace('”', '’') + "”";
    }
}

package org.jianbao.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jianbao.speech.Placeholder;
import org.jianbao.speech.PlaceholderKind;

/**
 * Fills the speech's × marks in one sentence from the period's figures. A mark is filled only when the data
 * says exactly what belongs there; otherwise it stays visible and a warning names it. Nothing is guessed.
 *
 * <p>Each mark's kind and subject come from the analyser's {@link Placeholder} for it when the analyser found the
 * same marks in the sentence; where it says UNKNOWN or names no subject, the words around the mark decide
 * ({@code 第×} → rank, {@code ×亿元} → value, {@code ×%} → growth, {@code ×区} → the unit's name; the subject is
 * the indicator named last before the mark in the same sentence).
 */
public final class PlaceholderFilling {

    /** The sentence with what could be filled, and one warning per mark left as it was. */
    public record Filled(String text, List<String> warnings) {

        public Filled {
            warnings = List.copyOf(warnings);
        }

        public boolean complete() {
            return warnings.isEmpty();
        }
    }

    /** ×, ××, X, XX, Ｘ, xx — but not the X inside a Latin word. */
    private static final Pattern MARK = Pattern.compile("×+|(?<![A-Za-z])(?:[XＸ]{1,2}|x{1,2})(?![A-Za-z])");
    private static final Pattern VALUE_AFTER = Pattern.compile("^(?:亿元|万元|元|亿|万|个|家|项|人|吨|亩|平方米)");
    private static final Pattern NAME_AFTER = Pattern.compile("^[区县镇乡]");
    /** {@code 7月增速×} is month 7 alone; {@code 1—7月增速×} is cumulative and is not matched. */
    private static final Pattern MONTH_GROWTH_BEFORE = Pattern.compile("(?<![—\\-－~～至到\\d])(\\d{1,2})月份?(?:当月)?(?:增速|增长)?$");
    /** A clause that opens with its own subject and verb: {@code 进出口总额完成×亿元}. */
    private static final Pattern OWN_SUBJECT = Pattern.compile("^([^，,；;。：:]+?)(?:完成|实现|达到)");
    private static final Pattern CLAUSE = Pattern.compile("[，,；;。：:]");
    private static final int CONTEXT = 8;

    private final String unitName;
    private final YearMonth period;
    private final List<IndicatorFigure> figures;
    private final List<Placeholder> known;

    /**
     * @param unitName the name a {@code ×区} mark stands for, or null to leave name marks alone
     * @param period   the period of the figures (decides whether {@code 7月增速×%} can be filled), or null
     * @param figures  the period's figures
     * @param known    the analyser's placeholders for the whole speech (may be empty)
     */
    public PlaceholderFilling(String unitName, YearMonth period, List<IndicatorFigure> figures, List<Placeholder> known) {
        this.unitName = unitName;
        this.period = period;
        this.figures = List.copyOf(figures);
        this.known = List.copyOf(known);
    }

    /** True when the sentence holds at least one mark standing for a number (value, growth or rank). */
    public boolean hasFigureMarks(String sentence) {
        List<Mark> marks = marks(sentence);
        return marks.stream().anyMatch(m -> m.kind == PlaceholderKind.VALUE || m.kind == PlaceholderKind.GROWTH
                || m.kind == PlaceholderKind.RANK);
    }

    /**
     * The sentence with only the marks for a name filled ({@code ×区} → the unit): where a sentence is quoted for its
     * words, not its figures, a number is never put in (the figures belong to 数据速览, with their period).
     */
    public String fillNamesOnly(String sentence) {
        StringBuilder out = new StringBuilder(sentence.length() + 8);
        int copied = 0;
        for (Mark mark : marks(sentence)) {
            if (mark.kind != PlaceholderKind.NAME) {
                continue;
            }
            Replacement r = replacement(sentence, mark);
            if (r.text != null) {
                out.append(sentence, copied, mark.start).append(r.text);
                copied = mark.end + r.swallow;
            }
        }
        return out.append(sentence, copied, sentence.length()).toString();
    }

    public Filled fill(String sentence) {
        List<Mark> marks = marks(sentence);
        if (marks.isEmpty()) {
            return new Filled(sentence, List.of());
        }
        StringBuilder out = new StringBuilder(sentence.length() + 16);
        List<String> warnings = new ArrayList<>();
        int copied = 0;
        for (Mark mark : marks) {
            out.append(sentence, copied, mark.start);
            Replacement r = replacement(sentence, mark);
            if (r.text == null) {
                out.append(sentence, mark.start, mark.end);
                warnings.add("未填写“" + context(sentence, mark) + "”中的" + mark.text + "：" + r.reason);
                copied = mark.end;
            } else {
                out.append(r.text);
                copied = mark.end + r.swallow;
            }
        }
        out.append(sentence, copied, sentence.length());
        return new Filled(out.toString(), warnings);
    }

    private record Mark(int start, int end, String text, PlaceholderKind kind, String subject) {
    }

    /** Text to put in place of a mark (and how many characters after it it also replaces), or why not. */
    private record Replacement(String text, int swallow, String reason) {

        static Replacement of(String text) {
            return new Replacement(text, 0, null);
        }

        static Replacement not(String reason) {
            return new Replacement(null, 0, reason);
        }
    }

    private List<Mark> marks(String sentence) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = MARK.matcher(sentence);
        while (m.find()) {
            // The analyser's rules decide what is a placeholder: 党的XX大 is a congress, not a figure.
            if (Placeholder.standsAt(sentence, m.start(), m.end())) {
                spans.add(new int[] {m.start(), m.end()});
            }
        }
        List<Placeholder> analysed = known.stream()
                .filter(p -> p.sentence() != null && p.sentence().strip().equals(sentence.strip()))
                .sorted(Comparator.comparingInt(Placeholder::offset))
                .toList();
        boolean aligned = analysed.size() == spans.size();
        List<Mark> marks = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            int start = spans.get(i)[0];
            int end = spans.get(i)[1];
            Placeholder p = aligned ? analysed.get(i) : null;
            PlaceholderKind kind = p != null && p.kind() != null && p.kind() != PlaceholderKind.UNKNOWN
                    ? p.kind() : inferKind(sentence, start, end);
            String subject = p != null && p.subject() != null && !p.subject().isBlank() ? p.subject().strip() : null;
            marks.add(new Mark(start, end, sentence.substring(start, end), kind, subject));
        }
        return marks;
    }

    private static PlaceholderKind inferKind(String sentence, int start, int end) {
        String before = sentence.substring(0, start);
        String after = sentence.substring(end);
        if (before.endsWith("第")) {
            return PlaceholderKind.RANK;
        }
        if (VALUE_AFTER.matcher(after).find()) {
            return PlaceholderKind.VALUE;
        }
        if (after.startsWith("%") || after.startsWith("％")) {
            return PlaceholderKind.GROWTH;
        }
        if (NAME_AFTER.matcher(after).find()) {
            return PlaceholderKind.NAME;
        }
        return PlaceholderKind.UNKNOWN;
    }

    private Replacement replacement(String sentence, Mark mark) {
        return switch (mark.kind) {
            case NAME -> name(sentence, mark);
            case VALUE, GROWTH, RANK -> figure(sentence, mark);
            case UNKNOWN -> Replacement.not("看不出此处应填什么");
        };
    }

    private Replacement name(String sentence, Mark mark) {
        if (unitName == null || unitName.isBlank()) {
            return Replacement.not("未给出单位名称");
        }
        String after = sentence.substring(mark.end);
        if (!NAME_AFTER.matcher(after).find()) {
            // 党的XX大 and the like: a name, but not ours to fill.
            return Replacement.not("不是本单位名称");
        }
        // ×区 stands for the whole name: 示范区, not 示范区区.
        return new Replacement(unitName, 1, null);
    }

    private Replacement figure(String sentence, Mark mark) {
        String subject = mark.subject != null ? mark.subject : ownSubject(sentence, mark.start);
        Optional<IndicatorFigure> found = subject != null ? byName(subject) : namedBefore(sentence, mark.start);
        if (found.isEmpty()) {
            return Replacement.not(subject != null ? "没有名为“" + subject + "”的指标数据" : "句中没有可对应的指标");
        }
        IndicatorFigure f = found.get();
        return switch (mark.kind) {
            case VALUE -> f.value() == null ? Replacement.not(f.name() + "本期累计无数据")
                    : Replacement.of(OfficeNumbers.amount(f.value(), f.measure()));
            case RANK -> f.rank() == null ? Replacement.not(f.name() + "全市排名无数据")
                    : Replacement.of(Integer.toString(f.rank()));
            case GROWTH -> growth(sentence, mark, f);
            default -> throw new IllegalStateException(mark.kind.name());
        };
    }

    private Replacement growth(String sentence, Mark mark, IndicatorFigure f) {
        Matcher month = MONTH_GROWTH_BEFORE.matcher(sentence.substring(0, mark.start));
        if (month.find()) {
            int wanted = Integer.parseInt(month.group(1));
            if (period == null || period.getMonthValue() != wanted) {
                return Replacement.not(f.name() + wanted + "月当月增速不在本期数据中"
                        + (period == null ? "" : "（本期为" + period.getYear() + "年" + period.getMonthValue() + "月）"));
            }
            return f.monthGrowth() == null ? Replacement.not(f.name() + wanted + "月当月增速无数据")
                    : Replacement.of(OfficeNumbers.oneDecimal(f.monthGrowth()));
        }
        return f.growth() == null ? Replacement.not(f.name() + "同比增速无数据")
                : Replacement.of(OfficeNumbers.oneDecimal(f.growth()));
    }

    private Optional<IndicatorFigure> byName(String subject) {
        Optional<IndicatorFigure> exact = figures.stream().filter(f -> f.isCalled(subject)).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        // The analyser may cut the subject a little wider (总量全市第×) or narrower than our names.
        return figures.stream()
                .filter(f -> f.namesLongestFirst().stream().anyMatch(n -> subject.contains(n)))
                .findFirst();
    }

    /**
     * The subject the nearest clause before the mark names for itself: {@code 进出口总额} for the marks in
     * {@code …；进出口总额完成×亿元，增速×%}. Null when no clause names one ({@code 7月增速×%} alone).
     */
    private static String ownSubject(String sentence, int position) {
        String[] clauses = CLAUSE.split(sentence.substring(0, position), -1);
        for (int i = clauses.length - 1; i >= 0; i--) {
            Matcher m = OWN_SUBJECT.matcher(clauses[i]);
            if (m.find()) {
                return m.group(1).strip();
            }
        }
        return null;
    }

    /** The indicator whose name (or alias) ends last before {@code position} in the sentence. */
    private Optional<IndicatorFigure> namedBefore(String sentence, int position) {
        String before = sentence.substring(0, position);
        IndicatorFigure best = null;
        int bestEnd = -1;
        for (IndicatorFigure f : figures) {
            for (String n : f.namesLongestFirst()) {
                int at = before.lastIndexOf(n);
                if (at >= 0 && at + n.length() > bestEnd) {
                    best = f;
                    bestEnd = at + n.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static String context(String sentence, Mark mark) {
        int from = Math.max(0, mark.start - CONTEXT);
        int to = Math.min(sentence.length(), mark.end + CONTEXT);
        return sentence.substring(from, to);
    }

    @Override
    public String toString() {
        return "PlaceholderFilling[" + Objects.toString(unitName) + ", " + period + ", " + figures.size() + " figures]";
    }
}

package org.jianbao.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jianbao.speech.Item;
import org.jianbao.speech.Paragraph;
import org.jianbao.speech.PlenumReference;
import org.jianbao.speech.Quote;
import org.jianbao.speech.Section;
import org.jianbao.speech.Speech;

/**
 * Builds the study notes' model from a speech. Every sentence in it is the speech's own (punctuation made full-width,
 * × for the unit's name filled, figure marks filled only with data of the period the sentence is about), a fact of
 * the reference data ({@link Plenums}), or one of the fixed phrases below; nothing is paraphrased. A section with
 * nothing to say is left out, the numbering closes up, and a warning says why.
 */
public final class StudyNotesAssembler {

    /** Item headings up to this length, and formulations up to {@value #THEME_QUOTE}, can be keywords. */
    private static final int KEYWORD_MAX_LENGTH = 6;
    private static final int THEME_QUOTE = 7;
    private static final int KEYWORDS = 8;
    /** A section without items shows at most this many thesis sentences. */
    static final int POINTS_PER_SECTION = 4;
    private static final Pattern THIS_PLENUM = Pattern.compile("(此次|本次|这次)[^，,。]{0,4}全会");
    private static final Pattern CUMULATIVE_PERIOD = Pattern.compile("1[—\\-－~～至到](\\d{1,2})月|上半年|前三季度|一季度|第一季度|前两个月");
    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九"};

    /** 学习思考题: the fixed phrases each question is built from. */
    static final String QUESTION_FORMULATION = "讲话提出“%s”，结合本单位实际，应当如何理解和把握？";
    static final String QUESTION_TASK = "讲话要求%s“%s”，本单位在落实中还存在哪些差距？";
    static final String QUESTION_PROBLEM = "%s%s，如何按照讲话“%s”的要求加以改进？";
    static final String QUESTION_SECTION = "对照讲话“%s”的要求，本单位应采取哪些具体举措？";

    public Assembled<StudyNotes> assemble(Speech speech, List<IndicatorFigure> figures, StudyNotesOptions options) {
        Set<String> warnings = new LinkedHashSet<>();
        PlaceholderFilling filling = new PlaceholderFilling(options.unitName(), options.period(), figures, speech.placeholders());
        Printer print = new Printer(speech, filling, warnings);

        String title = print.canonical(speech.title() == null ? "" : speech.title().strip());
        List<StudyNotes.Line> titleLines = TitleLines.of("《" + title + "》学习笔记").stream().map(StudyNotes.Line::new).toList();

        Optional<Plenums.Plenum> studied = studiedPlenum(speech);
        String background = studied.map(StudyNotesAssembler::background).orElse("");
        if (background.isEmpty()) {
            warnings.add("讲话标题未提及可查证的全会，会议背景一节从略");
        }
        List<StudyNotes.Excerpt> excerpts = excerpts(speech, print);
        Set<String> excerpted = new HashSet<>();
        excerpts.forEach(e -> excerpted.add(e.sentence()));
        List<StudyNotes.KeyPointSection> keyPoints = keyPoints(speech, print, excerpted);
        List<StudyNotes.HistoryRow> history = history(speech, print, studied, warnings);
        if (history.isEmpty()) {
            warnings.add("讲话未引述历次全会，历史脉络一节从略");
        }
        List<Work> work = work(speech, print);
        List<StudyNotes.TaskRow> tasks = new ArrayList<>();
        for (Work w : work) {
            tasks.add(new StudyNotes.TaskRow(tasks.size() + 1, w.area(), w.task(), w.lead().isEmpty() ? OfficeNumbers.MISSING : w.lead()));
        }
        if (tasks.isEmpty()) {
            warnings.add("讲话未部署分项工作，任务分工一节从略");
        }
        List<StudyNotes.DataLine> data = dataLines(speech, filling, options.period(), warnings);
        if (data.isEmpty()) {
            warnings.add("讲话中没有待填写的数据（×），数据速览一节从略");
        }
        List<StudyNotes.Question> questions = questions(excerpts, work, figures, options.period(), speech, print);

        List<StudyNotes.OutlineSection> outline = outline(speech, print);
        Numbering n = new Numbering();
        StudyNotes.Numbers numbers = new StudyNotes.Numbers(
                n.next(!background.isEmpty()), n.next(!outline.isEmpty()), n.next(!keyPoints.isEmpty()),
                n.next(!excerpts.isEmpty()), n.next(!history.isEmpty()), n.next(!tasks.isEmpty()), n.next(!data.isEmpty()),
                n.next(!questions.isEmpty()));

        StudyNotes notes = new StudyNotes(
                titleLines,
                subtitle(speech, options),
                options.unitName(),
                options.date(),
                String.join("　", keywords(speech, options, studied, print)),
                numbers,
                background,
                outline,
                keyPoints,
                excerpts,
                history,
                tasks,
                data.isEmpty() ? "" : dataPeriod(options),
                data,
                questions);
        return new Assembled<>(notes, List.copyOf(warnings));
    }

    /** The speech's words as the notes print them; Party names in generated headings canonical, corrections warned. */
    private record Printer(Speech speech, PlaceholderFilling filling, Set<String> warnings) {

        /** Quoted for its words: ×区 filled, figure marks left to 数据速览 (which names their period). */
        String sentence(String s) {
            return Punctuation.normalise(filling.fillNamesOnly(s));
        }

        String canonical(String heading) {
            return BriefingAssembler.canonical(Punctuation.normalise(heading), speech, warnings);
        }
    }

    private static final class Numbering {
        private int next;

        String next(boolean present) {
            return present ? NUMERALS[next++] : "";
        }
    }

    private static String subtitle(Speech speech, StudyNotesOptions options) {
        if (options.subtitle() != null && !options.subtitle().isBlank()) {
            return options.subtitle();
        }
        if (speech.subtitle() != null && !speech.subtitle().isBlank()) {
            return speech.subtitle();
        }
        return StudyNotesOptions.DEFAULT_SUBTITLE;
    }

    /** The plenum the speech is about: the one its title names, as the reference data knows it. */
    static Optional<Plenums.Plenum> studiedPlenum(Speech speech) {
        for (PlenumReference p : speech.plenums()) {
            if (speech.title() != null && speech.title().contains(p.name())) {
                return Plenums.find(p.name());
            }
        }
        return Optional.empty();
    }

    /** {@code 党的二十届三中全会于2024年7月15日至18日在北京举行，审议通过了《…的决定》。} */
    static String background(Plenums.Plenum p) {
        String documents = String.join("和", p.documents().stream().map(d -> "《" + d + "》").toList());
        return "党的" + p.name() + "于" + p.dates() + "在" + p.place() + "举行"
                + (documents.isEmpty() ? "" : "，审议通过了" + documents) + "。";
    }

    /**
     * The speech's themes: the plenum it is about, the phrases it repeats (four characters or more, from the
     * configured or counted keywords), the formulations it makes requirements of, its short item headings.
     */
    private static List<String> keywords(Speech speech, StudyNotesOptions options, Optional<Plenums.Plenum> studied, Printer print) {
        Set<String> words = new LinkedHashSet<>();
        studied.ifPresent(p -> words.add(p.name()));
        words.addAll(Themes.clauseEndings(allSentences(speech)));
        for (String k : options.keywords()) {
            if (k.length() >= 4) {
                words.add(k);
            }
        }
        for (Quote q : speech.quotes()) {
            String t = q.text().strip();
            if (t.length() >= 4 && t.length() <= THEME_QUOTE && Themes.isThemeQuote(q.sentence(), t) && !Asides.isAside(q.sentence())) {
                words.add(t);
            }
        }
        for (Section s : speech.sections()) {
            for (Item item : s.items()) {
                String h = SpeechSentences.bare(item.heading());
                if (!h.isEmpty() && h.length() <= KEYWORD_MAX_LENGTH) {
                    words.add(h);
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (String w : words) {
            if (out.size() == KEYWORDS) {
                break;
            }
            if (out.stream().noneMatch(o -> o.contains(w))) {
                out.add(w);
            }
        }
        return out;
    }

    private static List<StudyNotes.OutlineSection> outline(Speech speech, Printer print) {
        return speech.sections().stream()
                .map(s -> new StudyNotes.OutlineSection(s.number(), print.canonical(SpeechSentences.bare(s.heading())),
                        s.items().stream()
                                .map(i -> new StudyNotes.OutlineItem(i.number(), print.canonical(SpeechSentences.bare(i.heading()))))
                                .toList()))
                .toList();
    }

    /**
     * 重要论述摘编: every sentence that quotes a formulation or states the Party's line, once (a sentence holding
     * several formulations is one entry), whole, without the speaker's asides.
     */
    private static List<StudyNotes.Excerpt> excerpts(Speech speech, Printer print) {
        List<StudyNotes.Excerpt> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String s : allSentences(speech)) {
            if (Statements.isExcerpt(s)) {
                String printed = print.sentence(Statements.whole(s));
                if (seen.add(printed)) {
                    out.add(new StudyNotes.Excerpt(out.size() + 1, printed));
                }
            }
        }
        return out;
    }

    /**
     * 核心要点: per item, its first requirement sentence; for a section without items, its sentences that
     * characterise or require, up to {@value #POINTS_PER_SECTION} — never an aside, never a sentence the 摘编 prints.
     */
    private static List<StudyNotes.KeyPointSection> keyPoints(Speech speech, Printer print, Set<String> excerpted) {
        List<StudyNotes.KeyPointSection> out = new ArrayList<>();
        for (Section section : speech.sections()) {
            List<StudyNotes.Point> points = new ArrayList<>();
            Set<String> used = new HashSet<>();
            if (section.items().isEmpty()) {
                // Its own theses; a section with items is stated by its items (its own text introduces them).
                for (SpeechSentences.Located l : SpeechSentences.of(section)) {
                    addThesis(points, used, l.sentence(), print, excerpted, POINTS_PER_SECTION);
                }
            }
            for (Item item : section.items()) {
                for (SpeechSentences.Located l : SpeechSentences.of(section, item)) {
                    if (Requirements.isRequirement(l.sentence()) && addThesis(points, used, l.sentence(), print, excerpted, Integer.MAX_VALUE)) {
                        break;
                    }
                }
            }
            if (!points.isEmpty()) {
                out.add(new StudyNotes.KeyPointSection(section.number(), print.canonical(SpeechSentences.bare(section.heading())), points));
            }
        }
        return out;
    }

    private static boolean addThesis(List<StudyNotes.Point> points, Set<String> used, String sentence, Printer print,
            Set<String> excerpted, int limit) {
        if (points.size() >= limit || Asides.isAside(sentence)
                || !(Statements.characterises(sentence) || Requirements.isRequirement(sentence))) {
            return false;
        }
        String printed = print.sentence(Statements.whole(sentence));
        if (excerpted.contains(printed) || !used.add(printed)) {
            return false;
        }
        points.add(new StudyNotes.Point(printed));
        return true;
    }

    /**
     * 历史脉络: each plenum the speech cites, dated from the reference data (the speech's own year checked against
     * it), with the speech's sentence; the plenum the speech is about with the sentence that speaks of 此次全会.
     */
    private static List<StudyNotes.HistoryRow> history(Speech speech, Printer print, Optional<Plenums.Plenum> studied,
            Set<String> warnings) {
        Map<String, PlenumReference> byName = new LinkedHashMap<>();
        for (PlenumReference p : speech.plenums()) {
            byName.merge(p.name(), p, (a, b) -> a.year() != null ? a : b);
        }
        record Row(String sortKey, StudyNotes.HistoryRow row) {
        }
        List<Row> rows = new ArrayList<>();
        for (PlenumReference p : byName.values()) {
            Optional<Plenums.Plenum> known = Plenums.find(p.name());
            String sentence = p.sentence();
            boolean isTitle = speech.title() != null && sentence.strip().equals(speech.title().strip());
            if (isTitle) {
                sentence = studied.isPresent() && studied.get().name().equals(p.name()) ? thisPlenumSentence(speech) : null;
                if (sentence == null) {
                    continue;
                }
            }
            if (known.isPresent() && p.year() != null && p.year() != known.get().start().getYear()) {
                warnings.add("讲话称" + p.name() + "在" + p.year() + "年，据全会公报为" + known.get().start().getYear() + "年，历史脉络按公报");
            }
            String time = known.map(Plenums.Plenum::month).orElse(p.year() == null ? OfficeNumbers.MISSING : p.year() + "年");
            String sortKey = known.map(k -> k.start().toString()).orElse(p.year() == null ? "9999" : p.year().toString());
            rows.add(new Row(sortKey, new StudyNotes.HistoryRow(time, p.name(), print.sentence(Statements.whole(sentence)))));
        }
        rows.sort(Comparator.comparing(Row::sortKey));
        return rows.stream().map(Row::row).toList();
    }

    /** The first sentence that speaks of 此次/本次全会, or null. */
    private static String thisPlenumSentence(Speech speech) {
        for (String s : allSentences(speech)) {
            if (THIS_PLENUM.matcher(s).find() && !Asides.isAside(s)) {
                return s;
            }
        }
        return null;
    }

    /** A work area the speech tasks, with its requirement in whole clauses and the units it names. */
    record Work(String area, String task, String lead, String requirementSentence) {
    }

    /**
     * 任务分工: every item that carries a requirement, and every point (一方面…另一方面…) of a section's own text; the
     * task is the requirement in whole clauses, the lead the units the speech tasks with it.
     */
    static List<Work> work(Speech speech, Printer print) {
        List<Work> out = new ArrayList<>();
        for (Section section : speech.sections()) {
            for (Item item : section.items()) {
                List<String> departments = BriefingAssembler.departments(speech, item);
                String sentence = taskSentence(speech, section, item);
                if (sentence != null) {
                    out.add(new Work(print.canonical(SpeechSentences.bare(item.heading())),
                            print.sentence(Clauses.requirement(sentence)), String.join("、", departments), sentence));
                }
            }
            for (Paragraph p : section.paragraphs()) {
                for (String point : p.points()) {
                    List<String> clauses = Clauses.of(point);
                    int first = -1;
                    for (int i = 0; i < clauses.size(); i++) {
                        if (Requirements.isRequirement(clauses.get(i))) {
                            first = i;
                            break;
                        }
                    }
                    if (first < 0 || Asides.isAside(point)) {
                        continue;
                    }
                    String area = clauses.get(first).replaceFirst("^(一方面|另一方面|同时|此外|首先|其次|最后)?[，,]?要", "");
                    String rest = first + 1 < clauses.size() ? Clauses.requirement(String.join("，", clauses.subList(first + 1, clauses.size())) + "。") : "";
                    out.add(new Work(print.canonical(area), print.sentence(rest.isEmpty() ? clauses.get(first) : rest), "", point));
                }
            }
        }
        return out;
    }

    /**
     * The sentence that states an item's task: the one that tasks a named unit (from the unit's clause on), else the
     * first requirement that does not open by characterising (城市形象是…，…要…), else the first requirement.
     */
    private static String taskSentence(Speech speech, Section section, Item item) {
        for (var a : SpeechSentences.assignmentsOf(speech, item)) {
            List<String> clauses = Clauses.of(a.text());
            for (int i = 0; i < clauses.size(); i++) {
                if (clauses.get(i).contains(a.department().strip())) {
                    return String.join("，", clauses.subList(i, clauses.size())) + "。";
                }
            }
            return a.text();
        }
        String first = null;
        for (SpeechSentences.Located l : SpeechSentences.of(section, item)) {
            String s = l.sentence();
            if (!Requirements.isRequirement(s) || Asides.isAside(s)) {
                continue;
            }
            if (!Statements.characterises(s)) {
                return s;
            }
            first = first == null ? s : first;
        }
        return first;
    }

    /**
     * 数据速览: the speech's sentences with figure marks. A sentence that names its own period (1—8月, 上半年…) is
     * filled only when the data is of that period — a figure under another period's label would be a false statement —
     * otherwise it keeps its marks and says why; a × the data cannot fill gets a note beside it.
     */
    private static List<StudyNotes.DataLine> dataLines(Speech speech, PlaceholderFilling filling, YearMonth period,
            Set<String> warnings) {
        List<StudyNotes.DataLine> out = new ArrayList<>();
        for (String sentence : allSentences(speech)) {
            if (!filling.hasFigureMarks(sentence)) {
                continue;
            }
            YearMonth named = namedPeriod(sentence, period);
            if (period != null && named != null && !named.equals(period)) {
                String note = "注：此句所述为" + BriefingLead.months(named) + "数据，本期数据为" + BriefingLead.months(period)
                        + "，未填写。";
                warnings.add("未填写“" + sentence + "”：讲话所述期间与本期数据不同（" + BriefingLead.months(period) + "）");
                out.add(new StudyNotes.DataLine(Punctuation.normalise(filling.fillNamesOnly(sentence)), note));
                continue;
            }
            PlaceholderFilling.Filled filled = filling.fill(sentence);
            warnings.addAll(filled.warnings());
            String note = filled.complete() ? "" : "注：此句“×”处暂无对应数据"
                    + filled.warnings().stream().map(w -> w.contains("：") ? "（" + w.substring(w.indexOf('：') + 1)
                            .replace('（', '，').replace("）", "") + "）" : "").findFirst().orElse("") + "，保留讲话原稿写法。";
            out.add(new StudyNotes.DataLine(Punctuation.normalise(filled.text()), note));
        }
        return out;
    }

    /** The cumulative period a sentence names itself, in the data's year; null when it names none. */
    static YearMonth namedPeriod(String sentence, YearMonth data) {
        Matcher m = CUMULATIVE_PERIOD.matcher(sentence);
        if (!m.find() || data == null) {
            return null;
        }
        int month = switch (m.group()) {
            case "上半年" -> 6;
            case "前三季度" -> 9;
            case "一季度", "第一季度" -> 3;
            case "前两个月" -> 2;
            default -> Integer.parseInt(m.group(1));
        };
        return month >= 1 && month <= 12 ? YearMonth.of(data.getYear(), month) : null;
    }

    private static String dataPeriod(StudyNotesOptions options) {
        return options.period() == null ? "讲话中的数据如下（“×”处为暂无对应数据）："
                : "讲话中的数据按" + options.unitName() + BriefingAssembler.period(options.period()) + "数据填写如下：";
    }

    /**
     * 学习思考题: one on a formulation, one on a task the speech gives a named unit, one on a problem the unit's figures
     * show (with the requirement that answers it), one on the section about 落实 — each from its own fixed phrase.
     */
    private static List<StudyNotes.Question> questions(List<StudyNotes.Excerpt> excerpts, List<Work> work,
            List<IndicatorFigure> figures, YearMonth period, Speech speech, Printer print) {
        List<String> out = new ArrayList<>();
        excerpts.stream().map(e -> Statements.firstFormulation(e.sentence())).flatMap(java.util.Optional::stream).findFirst()
                .ifPresent(f -> out.add(QUESTION_FORMULATION.formatted(f)));
        Set<String> quoted = new HashSet<>();
        for (Work w : work) {
            if (!w.lead().isEmpty()) {
                String clause = w.task().replaceFirst("^.*?要", "");
                out.add(QUESTION_TASK.formatted(w.lead(), clause));
                quoted.addAll(Clauses.of(w.task()));
                break;
            }
        }
        if (period != null) {
            for (IndicatorFigure f : figures) {
                TargetProgress.Result r = TargetProgress.of(f, period);
                if (r.behind()) {
                    Work answer = work.stream()
                            .max(Comparator.comparingInt((Work w) -> Clauses.overlap(Clauses.bigrams(w.requirementSentence()),
                                    Clauses.bigrams(String.join(" ", f.namesLongestFirst()) + " " + f.area()))))
                            .orElse(null);
                    if (answer != null) {
                        String about = String.join(" ", f.namesLongestFirst()) + " 进度 目标";
                        String clause = Clauses.bestFor(answer.requirementSentence(), about, quoted);
                        out.add(QUESTION_PROBLEM.formatted(BriefingLead.months(period) + "，" + f.name(),
                                r.shortfalls().get(0).phrase(), print.sentence(clause == null ? answer.task() : clause)));
                    }
                    break;
                }
            }
        }
        for (int i = speech.sections().size() - 1; i >= 0; i--) {
            Section s = speech.sections().get(i);
            if (s.items().isEmpty()) {
                out.add(QUESTION_SECTION.formatted(print.canonical(SpeechSentences.bare(s.heading()))));
                break;
            }
        }
        List<StudyNotes.Question> questions = new ArrayList<>();
        for (String q : out) {
            questions.add(new StudyNotes.Question(questions.size() + 1, q));
        }
        return questions;
    }

    private static List<String> allSentences(Speech speech) {
        List<String> out = new ArrayList<>();
        speech.preamble().forEach(p -> out.addAll(SpeechSentences.sentences(p)));
        for (Section s : speech.sections()) {
            SpeechSentences.of(s).forEach(l -> out.add(l.sentence()));
        }
        return out;
    }
}

package org.jianbao.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jianbao.speech.Assignment;
import org.jianbao.speech.Item;
import org.jianbao.speech.PlenumReference;
import org.jianbao.speech.Quote;
import org.jianbao.speech.Section;
import org.jianbao.speech.Speech;

/**
 * Builds the study notes' model from a speech. Every sentence in it is the speech's own (with × marks filled
 * only where the data says what belongs there) or one of the fixed phrases below; nothing is paraphrased.
 */
public final class StudyNotesAssembler {

    /** 学习思考题: the one fixed sentence each question is built from. */
    static final String QUESTION = "结合本单位实际，如何理解和落实“%s”的要求？";
    /** A core-points section lists at least this many requirement sentences (more when it has more items). */
    static final int POINTS_PER_SECTION = 5;
    /** Item headings up to this length serve as default keywords (经济运行, 营商环境). */
    private static final int KEYWORD_MAX_LENGTH = 6;

    public Assembled<StudyNotes> assemble(Speech speech, List<IndicatorFigure> figures, StudyNotesOptions options) {
        Set<String> warnings = new LinkedHashSet<>();
        PlaceholderFilling filling = new PlaceholderFilling(options.unitName(), options.period(), figures, speech.placeholders());

        List<StudyNotes.DataLine> dataLines = new ArrayList<>();
        boolean unfilled = false;
        for (String sentence : allSentences(speech)) {
            if (filling.hasFigureMarks(sentence)) {
                PlaceholderFilling.Filled filled = filling.fill(sentence);
                dataLines.add(new StudyNotes.DataLine(filled.text()));
                warnings.addAll(filled.warnings());
                unfilled |= !filled.complete();
            }
        }

        StudyNotes notes = new StudyNotes(
                new StudyNotes.SpeechInfo(speech.title(), speech.subtitle(), speech.date()),
                subtitle(speech, options),
                options.unitName(),
                options.date(),
                String.join("　", keywords(speech, options)),
                outline(speech),
                keyPoints(speech, filling, warnings),
                excerpts(speech, filling, warnings),
                history(speech, filling, warnings),
                tasks(speech, filling, warnings),
                dataLines,
                unfilled,
                questions(speech));
        return new Assembled<>(notes, List.copyOf(warnings));
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

    /** The configured keywords, else the speech's own short item headings (its labels for the work areas). */
    private static List<String> keywords(Speech speech, StudyNotesOptions options) {
        if (!options.keywords().isEmpty()) {
            return options.keywords();
        }
        Set<String> words = new LinkedHashSet<>();
        for (Section s : speech.sections()) {
            for (Item item : s.items()) {
                String h = SpeechSentences.bare(item.heading());
                if (!h.isEmpty() && h.length() <= KEYWORD_MAX_LENGTH) {
                    words.add(h);
                }
            }
        }
        return List.copyOf(words);
    }

    private static List<StudyNotes.OutlineSection> outline(Speech speech) {
        return speech.sections().stream()
                .map(s -> new StudyNotes.OutlineSection(s.number(), SpeechSentences.bare(s.heading()),
                        s.items().stream()
                                .map(i -> new StudyNotes.OutlineItem(i.number(), SpeechSentences.bare(i.heading())))
                                .toList()))
                .toList();
    }

    /**
     * Per section the requirement sentences in speech order: the first of each item is always taken (so every
     * work area is represented), then the earliest others until {@link #POINTS_PER_SECTION} (or one per item,
     * when more) are chosen.
     */
    private static List<StudyNotes.KeyPointSection> keyPoints(Speech speech, PlaceholderFilling filling, Set<String> warnings) {
        List<StudyNotes.KeyPointSection> out = new ArrayList<>();
        for (Section section : speech.sections()) {
            List<SpeechSentences.Located> candidates = SpeechSentences.of(section).stream()
                    .filter(l -> Requirements.isRequirement(l.sentence()))
                    .toList();
            int limit = Math.max(POINTS_PER_SECTION, section.items().size());
            Set<Integer> chosen = new TreeSet<>();
            Set<Item> covered = new HashSet<>();
            for (int i = 0; i < candidates.size() && chosen.size() < limit; i++) {
                Item item = candidates.get(i).item();
                if (item != null && covered.add(item)) {
                    chosen.add(i);
                }
            }
            for (int i = 0; i < candidates.size() && chosen.size() < limit; i++) {
                chosen.add(i);
            }
            List<StudyNotes.Point> points = chosen.stream()
                    .map(i -> new StudyNotes.Point(fill(candidates.get(i).sentence(), filling, warnings)))
                    .toList();
            if (!points.isEmpty()) {
                out.add(new StudyNotes.KeyPointSection(section.number(), SpeechSentences.bare(section.heading()), points));
            }
        }
        return out;
    }

    private static List<StudyNotes.Excerpt> excerpts(Speech speech, PlaceholderFilling filling, Set<String> warnings) {
        List<StudyNotes.Excerpt> out = new ArrayList<>();
        for (Quote q : speech.quotes()) {
            out.add(new StudyNotes.Excerpt(out.size() + 1, q.text(), fill(q.sentence(), filling, warnings)));
        }
        return out;
    }

    /** Sessions with a year first, by year; those the speech cites without a year after them, in speech order. */
    private static List<StudyNotes.HistoryRow> history(Speech speech, PlaceholderFilling filling, Set<String> warnings) {
        return speech.plenums().stream()
                .sorted(Comparator.comparing(PlenumReference::year, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(p -> new StudyNotes.HistoryRow(
                        p.year() == null ? OfficeNumbers.MISSING : p.year() + "年",
                        p.name(),
                        fill(p.sentence(), filling, warnings)))
                .toList();
    }

    private static List<StudyNotes.TaskRow> tasks(Speech speech, PlaceholderFilling filling, Set<String> warnings) {
        List<StudyNotes.TaskRow> out = new ArrayList<>();
        for (Assignment a : speech.assignments()) {
            String belongsTo = a.item() != null && !a.item().isBlank()
                    ? SpeechSentences.bare(a.item()) : SpeechSentences.bare(a.section());
            out.add(new StudyNotes.TaskRow(out.size() + 1, fill(a.text(), filling, warnings), a.department(), belongsTo));
        }
        return out;
    }

    private static List<StudyNotes.Question> questions(Speech speech) {
        List<StudyNotes.Question> out = new ArrayList<>();
        for (Section s : speech.sections()) {
            out.add(new StudyNotes.Question(out.size() + 1, QUESTION.formatted(SpeechSentences.bare(s.heading()))));
        }
        return out;
    }

    private static List<String> allSentences(Speech speech) {
        List<String> out = new ArrayList<>();
        speech.preamble().forEach(p -> out.addAll(SpeechSentences.sentences(p)));
        for (Section s : speech.sections()) {
            SpeechSentences.of(s).forEach(l -> out.add(l.sentence()));
        }
        return out;
    }

    /** A speech sentence as the notes print it: × for the unit's name filled, figure marks filled or kept. */
    private static String fill(String sentence, PlaceholderFilling filling, Set<String> warnings) {
        PlaceholderFilling.Filled filled = filling.fill(sentence);
        warnings.addAll(filled.warnings());
        return filled.text();
    }
}

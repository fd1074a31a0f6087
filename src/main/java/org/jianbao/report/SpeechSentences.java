package org.jianbao.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jianbao.speech.Item;
import org.jianbao.speech.Paragraph;
import org.jianbao.speech.Section;

/** The sentences of a section in speech order, each with the item it stands in. */
final class SpeechSentences {

    /** A sentence with its place: the section, and the level-2 item (null for the section's own paragraphs). */
    record Located(String sentence, Section section, Item item) {
    }

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。！？；!?;])");

    private SpeechSentences() {
    }

    static List<Located> of(Section section) {
        List<Located> out = new ArrayList<>();
        for (Paragraph p : section.paragraphs()) {
            sentences(p).forEach(s -> out.add(new Located(s, section, null)));
        }
        for (Item item : section.items()) {
            addItem(out, section, item, item);
        }
        return out;
    }

    static List<Located> of(Section section, Item item) {
        List<Located> out = new ArrayList<>();
        addItem(out, section, item, item);
        return out;
    }

    private static void addItem(List<Located> out, Section section, Item top, Item item) {
        for (Paragraph p : item.paragraphs()) {
            sentences(p).forEach(s -> out.add(new Located(s, section, top)));
        }
        for (Item child : item.children()) {
            addItem(out, section, top, child);
        }
    }

    /** The analyser's sentences; a hand-made paragraph without them is split on 。！？； here. */
    static List<String> sentences(Paragraph p) {
        if (!p.sentences().isEmpty()) {
            return p.sentences();
        }
        List<String> out = new ArrayList<>();
        for (String s : SENTENCE_END.split(p.text())) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    /** The speech's assignments that stand in this item and name a department. */
    static List<org.jianbao.speech.Assignment> assignmentsOf(org.jianbao.speech.Speech speech, Item item) {
        String heading = bare(item.heading());
        return speech.assignments().stream()
                .filter(a -> a.item() != null && a.department() != null && bare(a.item()).equals(heading))
                .toList();
    }

    /** A heading compared without its closing 。 and surrounding space. */
    static String bare(String heading) {
        if (heading == null) {
            return "";
        }
        String h = heading.strip();
        while (!h.isEmpty() && "。.：:".indexOf(h.charAt(h.length() - 1)) >= 0) {
            h = h.substring(0, h.length() - 1).strip();
        }
        return h;
    }
}

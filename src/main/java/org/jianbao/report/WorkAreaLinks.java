package org.jianbao.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jianbao.speech.Item;
import org.jianbao.speech.Section;
import org.jianbao.speech.Speech;

/**
 * Which of the speech's items each indicator belongs to, by what the item talks about rather than by a list of
 * headings: an item whose heading is the indicator's catalogue area scores {@value #SAME_AREA}; every two-character
 * word the heading shares with the indicator's name, aliases or area scores {@value #HEADING_WORD} ({@code 抓工业稳增长}
 * and {@code 规上工业增加值} share 工业); an item whose text names the indicator (or an alias: {@code GDP}) scores
 * {@value #NAMED_IN_TEXT}. An indicator goes to its best item (the earlier on a tie) when it scores at all.
 */
final class WorkAreaLinks {

    static final int SAME_AREA = 10;
    static final int HEADING_WORD = 3;
    static final int NAMED_IN_TEXT = 1;

    private final Section section;
    private final Map<Item, List<IndicatorFigure>> byItem = new LinkedHashMap<>();

    private WorkAreaLinks(Section section) {
        this.section = section;
    }

    /** The section whose items are the work areas: the one with most items that indicators link to. */
    static WorkAreaLinks of(Speech speech, List<IndicatorFigure> figures) {
        WorkAreaLinks best = null;
        for (Section s : speech.sections()) {
            if (s.items().isEmpty()) {
                continue;
            }
            WorkAreaLinks links = new WorkAreaLinks(s);
            s.items().forEach(i -> links.byItem.put(i, new ArrayList<>()));
            for (IndicatorFigure f : figures) {
                Item item = links.bestItem(f);
                if (item != null) {
                    links.byItem.get(item).add(f);
                }
            }
            if (best == null || links.linkedItems() > best.linkedItems()
                    || (links.linkedItems() == best.linkedItems() && s.items().size() > best.section.items().size())) {
                best = links;
            }
        }
        return best;
    }

    Section section() {
        return section;
    }

    List<Item> items() {
        return section.items();
    }

    List<IndicatorFigure> figures(Item item) {
        return byItem.getOrDefault(item, List.of());
    }

    private long linkedItems() {
        return byItem.values().stream().filter(l -> !l.isEmpty()).count();
    }

    private Item bestItem(IndicatorFigure f) {
        Item best = null;
        int bestScore = 0;
        for (Item item : section.items()) {
            int score = score(item, f);
            if (score > bestScore) {
                best = item;
                bestScore = score;
            }
        }
        return best;
    }

    static int score(Item item, IndicatorFigure f) {
        String heading = SpeechSentences.bare(item.heading());
        int score = f.area() != null && heading.equals(f.area().strip()) ? SAME_AREA : 0;
        Set<String> words = Clauses.bigrams(String.join(" ", f.namesLongestFirst()) + " " + (f.area() == null ? "" : f.area()));
        score += HEADING_WORD * Clauses.overlap(Clauses.bigrams(heading), words);
        String text = text(item);
        if (f.namesLongestFirst().stream().anyMatch(text::contains)) {
            score += NAMED_IN_TEXT;
        }
        return score;
    }

    /** The item's words after its heading: its body and its children's. */
    static String text(Item item) {
        StringBuilder s = new StringBuilder();
        item.paragraphs().forEach(p -> s.append(p.text()));
        item.children().forEach(c -> s.append(c.heading()).append(text(c)));
        return s.toString();
    }
}

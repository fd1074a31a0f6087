package org.jianbao.speech;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;

/**
 * The words a speech dwells on, for the study notes: nouns and verbal nouns counted over the headings
 * and paragraphs (HanLP's standard segmenter), plus phrases of two or three words that recur
 * ({@code 全面深化改革}), a phrase replacing its parts' counts only where they always occur inside it.
 *
 * <p>Thread-safe. HanLP loads its dictionary (from its own jar) on first use, about half a second.
 */
public final class SpeechKeywords {

    private static final int MIN_PHRASE_COUNT = 3;
    private static final int MAX_PHRASE_WORDS = 3;
    /** Words every speech uses that say nothing about this one. */
    private static final Set<String> STOP_WORDS = Set.of("方面", "工作", "问题", "情况", "时候", "东西", "同志", "同志们",
            "地方", "事情", "大家", "前两天", "其中", "时间", "一系列", "原来", "部门", "全市", "全区", "全县", "全省", "全国");

    /** The {@code limit} most frequent keywords, most frequent first (ties: first used first). */
    public List<Keyword> top(Speech speech, int limit) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Integer> phrases = new LinkedHashMap<>();
        forEachText(speech, text -> count(text, counts, phrases));
        phrases.entrySet().removeIf(e -> e.getValue() < MIN_PHRASE_COUNT);
        // A shorter phrase that never occurs outside a longer one is the longer one.
        phrases.entrySet().removeIf(e -> phrases.entrySet().stream().anyMatch(longer -> longer.getKey().length() > e.getKey().length()
                && longer.getKey().contains(e.getKey()) && longer.getValue() >= e.getValue()));
        counts.entrySet().removeIf(e -> phrases.entrySet().stream().anyMatch(phrase -> phrase.getKey().contains(e.getKey())
                && phrase.getValue() >= e.getValue()));
        counts.putAll(phrases);
        Map<String, Integer> order = new HashMap<>();
        counts.keySet().forEach(word -> order.put(word, order.size()));
        return counts.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
                        .thenComparing(e -> order.get(e.getKey())))
                .limit(limit)
                .map(e -> new Keyword(e.getKey(), e.getValue()))
                .toList();
    }

    private static void forEachText(Speech speech, Consumer<String> action) {
        speech.preamble().forEach(p -> p.sentences().forEach(action));
        for (Section section : speech.sections()) {
            action.accept(section.heading());
            section.paragraphs().forEach(p -> p.sentences().forEach(action));
            section.items().forEach(item -> forEachText(item, action));
        }
    }

    private static void forEachText(Item item, Consumer<String> action) {
        action.accept(item.heading());
        item.paragraphs().forEach(p -> p.sentences().forEach(action));
        item.children().forEach(child -> forEachText(child, action));
    }

    private static void count(String sentence, Map<String, Integer> words, Map<String, Integer> phrases) {
        List<Term> run = new ArrayList<>();
        for (Term term : HanLP.segment(sentence)) {
            if (!isHan(term.word)) {
                countPhrases(run, phrases);
                run.clear();
                continue;
            }
            run.add(term);
            if (isKeyword(term)) {
                words.merge(term.word, 1, Integer::sum);
            }
        }
        countPhrases(run, phrases);
    }

    private static void countPhrases(List<Term> run, Map<String, Integer> phrases) {
        for (int start = 0; start < run.size(); start++) {
            if (!canStartPhrase(run.get(start))) {
                continue;
            }
            StringBuilder phrase = new StringBuilder(run.get(start).word);
            for (int end = start + 1; end < Math.min(run.size(), start + MAX_PHRASE_WORDS); end++) {
                Term last = run.get(end);
                phrase.append(last.word);
                if (isKeyword(last) || isVerb(last)) {
                    phrases.merge(phrase.toString(), 1, Integer::sum);
                }
            }
        }
    }

    private static boolean isKeyword(Term term) {
        String nature = term.nature.toString();
        // n…: nouns except person names (the segmenter takes 党和 for one); g…: domain terms (环境保护/gg).
        boolean noun = (nature.startsWith("n") && !nature.startsWith("nr") && !nature.equals("nx")) || nature.startsWith("g");
        boolean compoundVerb = nature.startsWith("v") && term.word.length() >= 4;
        return term.word.length() >= 2 && (noun || nature.equals("vn") || compoundVerb) && !STOP_WORDS.contains(term.word);
    }

    private static boolean isVerb(Term term) {
        return term.word.length() >= 2 && term.nature.toString().startsWith("v");
    }

    private static boolean canStartPhrase(Term term) {
        String nature = term.nature.toString();
        return term.word.length() >= 2 && (isKeyword(term) || nature.startsWith("v") || nature.startsWith("a") || nature.equals("b"));
    }

    private static boolean isHan(String word) {
        if (word.isEmpty()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (!PlaceholderFinder.isHan(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}

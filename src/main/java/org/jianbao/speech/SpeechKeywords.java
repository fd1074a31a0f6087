package org.jianbao.speech;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
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
    private static final int MAX_CHUNK = 2000;
    private static final int MAX_PHRASE_WORDS = 3;
    /** Words every speech uses that say nothing about this one. */
    private static final Set<String> STOP_WORDS = Set.of("方面", "工作", "问题", "情况", "时候", "东西", "同志", "同志们",
            "地方", "事情", "大家", "前两天", "其中", "时间", "一系列", "原来", "部门", "全市", "全区", "全县", "全省", "全国",
            "同比", "总体", "下步", "位置", "会议");

    /** The {@code limit} most frequent keywords, most frequent first (ties: first used first). */
    public List<Keyword> top(Speech speech, int limit) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, List<String>> phrases = new LinkedHashMap<>();
        Map<String, Integer> phraseCounts = new HashMap<>();
        forEachText(speech, text -> count(text, counts, phrases, phraseCounts));
        phrases.keySet().removeIf(phrase -> phraseCounts.get(phrase) < MIN_PHRASE_COUNT);
        // A word or shorter phrase that (almost) never occurs outside a longer phrase is the longer phrase.
        Set<String> covered = new HashSet<>();
        phrases.forEach((phrase, words) -> {
            int count = phraseCounts.get(phrase);
            for (int from = 0; from < words.size(); from++) {
                for (int to = from + 1; to <= words.size(); to++) {
                    if (to - from == words.size()) {
                        continue;
                    }
                    String part = String.join("", words.subList(from, to));
                    Integer partCount = to - from == 1 ? counts.get(part) : phrases.containsKey(part) ? phraseCounts.get(part) : null;
                    if (partCount != null && count >= partCount) {
                        covered.add(part);
                    }
                }
            }
        });
        counts.keySet().removeAll(covered);
        phrases.keySet().stream().filter(phrase -> !covered.contains(phrase))
                .forEach(phrase -> counts.put(phrase, phraseCounts.get(phrase)));
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

    private static void count(String sentence, Map<String, Integer> words, Map<String, List<String>> phrases,
            Map<String, Integer> phraseCounts) {
        // HanLP builds a word lattice per call: a text without end marks must not reach it whole.
        for (int start = 0; start < sentence.length(); start += MAX_CHUNK) {
            countChunk(sentence.substring(start, Math.min(sentence.length(), start + MAX_CHUNK)), words, phrases, phraseCounts);
        }
    }

    private static void countChunk(String sentence, Map<String, Integer> words, Map<String, List<String>> phrases,
            Map<String, Integer> phraseCounts) {
        List<Term> run = new ArrayList<>();
        for (Term term : HanLP.segment(sentence)) {
            if (!isHan(term.word)) {
                countPhrases(run, phrases, phraseCounts);
                run.clear();
                continue;
            }
            run.add(term);
            if (isKeyword(term)) {
                words.merge(term.word, 1, Integer::sum);
            }
        }
        countPhrases(run, phrases, phraseCounts);
    }

    private static void countPhrases(List<Term> run, Map<String, List<String>> phrases, Map<String, Integer> phraseCounts) {
        for (int start = 0; start < run.size(); start++) {
            if (!canStartPhrase(run.get(start))) {
                continue;
            }
            StringBuilder phrase = new StringBuilder(run.get(start).word);
            for (int end = start + 1; end < Math.min(run.size(), start + MAX_PHRASE_WORDS); end++) {
                Term last = run.get(end);
                phrase.append(last.word);
                if (isKeyword(last) || isVerb(last)) {
                    String key = phrase.toString();
                    if (phraseCounts.merge(key, 1, Integer::sum) == 1) {
                        phrases.put(key, run.subList(start, end + 1).stream().map(term -> term.word).toList());
                    }
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
            if (!Lines.isHan(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}

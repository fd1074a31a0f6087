package org.jianbao.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jianbao.speech.WordBoundaries;

/**
 * The themes of a speech, by rule: a term it comes back to at the end of its clauses, built by a verb in one of them
 * ({@code …发展以科技创新为核心的新质生产力} and {@code 助力形成新质生产力}), and a formulation it makes the object of a requirement ({@code 要围绕
 * “高效办成一件事”}, {@code 要坚持“企业至上”}) rather than a figure of speech ({@code 以“人一之我十之”的拼劲}).
 */
final class Themes {

    private static final int MIN = 4;
    private static final int MAX = 7;
    private static final Pattern THEME_VERB = Pattern.compile("(围绕|坚持|聚焦|树立|践行|贯彻|弘扬|推进|推动|打造|培育|深化)$");
    /** A clause-final term is a theme when one of its clauses builds it: 形成新质生产力, 发展…新质生产力. */
    private static final Pattern BUILDING_VERB = Pattern.compile("(形成|发展|构建|培育|打造|建设|推进|推动)$");

    private Themes() {
    }

    /** Terms of {@value #MIN}–{@value #MAX} characters that end two different clauses, whole words, one built by a verb. */
    static List<String> clauseEndings(List<String> sentences) {
        List<String> clauses = new ArrayList<>();
        for (String s : sentences) {
            if (!Asides.isAside(s)) {
                clauses.addAll(Clauses.of(s));
            }
        }
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < clauses.size(); i++) {
            for (int j = i + 1; j < clauses.size(); j++) {
                String a = clauses.get(i);
                String b = clauses.get(j);
                if (a.equals(b)) {
                    continue;
                }
                int n = 0;
                while (n < a.length() && n < b.length() && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
                    n++;
                }
                if (n < MIN || n > MAX) {
                    continue;
                }
                String term = a.substring(a.length() - n);
                boolean built = BUILDING_VERB.matcher(a.substring(0, a.length() - n)).find()
                        || BUILDING_VERB.matcher(b.substring(0, b.length() - n)).find();
                if (built && term.codePoints().allMatch(Character::isIdeographic) && startsAWord(a, a.length() - n)
                        && startsAWord(b, b.length() - n)) {
                    out.add(term);
                }
            }
        }
        return List.copyOf(out);
    }

    private static boolean startsAWord(String clause, int at) {
        return at == 0 || WordBoundaries.of(clause).contains(at);
    }

    /** The quotation {@code text} follows a verb of requirement directly in {@code sentence}. */
    static boolean isThemeQuote(String sentence, String text) {
        int at = sentence.indexOf("“" + text);
        return at > 0 && THEME_VERB.matcher(sentence.substring(0, at)).find();
    }
}

package org.jianbao.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The clauses of a sentence (split at {@code ，,；;：:} outside quotation marks), and the short requirement an
 * office quotes from a long one: a run of whole clauses, never a cut inside a clause, so the quotation stays the
 * speaker's words.
 */
final class Clauses {

    /** A quoted requirement is kept to about this many characters (one line and a half of the body text). */
    static final int QUOTE_LENGTH = 36;

    private Clauses() {
    }

    /** The clauses, each without its trailing mark; the sentence's closing mark dropped. */
    static List<String> of(String sentence) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (c == '“' || c == '《' || c == '（' || c == '(') {
                depth++;
            } else if ((c == '”' || c == '》' || c == '）' || c == ')') && depth > 0) {
                depth--;
            }
            if (depth == 0 && "，,；;：:。！？!?".indexOf(c) >= 0) {
                add(out, current);
                continue;
            }
            current.append(c);
        }
        add(out, current);
        return out;
    }

    private static void add(List<String> out, StringBuilder clause) {
        String s = clause.toString().strip();
        if (!s.isEmpty()) {
            out.add(s);
        }
        clause.setLength(0);
    }

    /**
     * The requirement clause of a sentence: from the first clause that carries a requirement (要, 必须, 坚持, 力争,
     * 确保) on, whole clauses up to about {@link #QUOTE_LENGTH} characters, joined with 「，」.
     */
    static String requirement(String sentence) {
        List<String> clauses = of(sentence);
        int first = 0;
        for (int i = 0; i < clauses.size(); i++) {
            if (Requirements.isRequirement(clauses.get(i))) {
                first = i;
                break;
            }
        }
        return window(clauses, first, Set.of());
    }

    /**
     * The run of clauses of {@code sentence} that shares most words (two-character sequences) with {@code about},
     * skipping clauses already quoted elsewhere; ties go to the earlier run. Null when every clause was quoted.
     */
    static String bestFor(String sentence, String about, Set<String> alreadyQuoted) {
        List<String> clauses = of(sentence);
        Set<String> wanted = bigrams(about);
        int best = -1;
        int bestScore = -1;
        for (int i = 0; i < clauses.size(); i++) {
            if (alreadyQuoted.contains(clauses.get(i))) {
                continue;
            }
            int score = overlap(bigrams(clauses.get(i)), wanted);
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return best < 0 ? null : window(clauses, best, alreadyQuoted);
    }

    /** Clauses from {@code first} on while they fit, stopping at a clause quoted elsewhere. */
    private static String window(List<String> clauses, int first, Set<String> alreadyQuoted) {
        if (clauses.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(clauses.get(first));
        for (int i = first + 1; i < clauses.size(); i++) {
            String next = clauses.get(i);
            if (alreadyQuoted.contains(next) || out.length() + 1 + next.length() > QUOTE_LENGTH) {
                break;
            }
            out.append('，').append(next);
        }
        return out.toString();
    }

    static Set<String> bigrams(String text) {
        Set<String> out = new HashSet<>();
        if (text == null) {
            return out;
        }
        for (int i = 0; i + 1 < text.length(); i++) {
            char a = text.charAt(i);
            char b = text.charAt(i + 1);
            if (Character.isIdeographic(a) && Character.isIdeographic(b)) {
                out.add(text.substring(i, i + 2));
            }
        }
        return out;
    }

    static int overlap(Set<String> a, Set<String> b) {
        int n = 0;
        for (String s : a) {
            if (b.contains(s)) {
                n++;
            }
        }
        return n;
    }
}

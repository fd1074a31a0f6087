package org.jianbao.speech;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a paragraph into sentences on 。！？； (and their half-width forms), never inside quotation
 * marks or brackets. A closing mark right after an end mark ({@code …一网通办。”}) ends the sentence too,
 * unless the text goes on with a comma-like mark ({@code （…之一。），是…}).
 */
final class Sentences {

    private static final String ENDS = "。！？；!?;";
    private static final String CONTINUATIONS = "，,、；;：:）)]】》”」』";

    private Sentences() {
    }

    static boolean isEnd(char c) {
        return ENDS.indexOf(c) >= 0;
    }

    /** A sentence and where it stands in its paragraph ({@code end} exclusive, around the trimmed text). */
    record Sentence(String text, int start, int end) {
    }

    static List<String> texts(Brackets brackets) {
        return split(brackets).stream().map(Sentence::text).toList();
    }

    static List<Sentence> split(Brackets brackets) {
        String text = brackets.text();
        int n = text.length();
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            int end = -1;
            if (isEnd(c) && !brackets.enclosed(i)) {
                end = i + 1;
            } else if (closesBracket(c) && !brackets.enclosed(i) && endsBefore(text, i) && !continues(text, i + 1)) {
                end = i + 1;
            }
            if (end < 0) {
                i++;
                continue;
            }
            while (end < n && isEnd(text.charAt(end))) {
                end++;
            }
            add(sentences, text, start, end);
            start = end;
            i = end;
        }
        add(sentences, text, start, n);
        return sentences;
    }

    private static boolean closesBracket(char c) {
        return "”」』’）)》〉】]\"".indexOf(c) >= 0;
    }

    /** An end mark before {@code index}, possibly behind other closing marks ({@code 。”」}). */
    private static boolean endsBefore(String text, int index) {
        int i = index - 1;
        while (i >= 0 && closesBracket(text.charAt(i))) {
            i--;
        }
        return i >= 0 && isEnd(text.charAt(i));
    }

    private static boolean continues(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return CONTINUATIONS.indexOf(c) >= 0;
            }
        }
        return false;
    }

    private static void add(List<Sentence> sentences, String text, int start, int end) {
        while (start < end && Lines.isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && Lines.isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            sentences.add(new Sentence(text.substring(start, end), start, end));
        }
    }
}

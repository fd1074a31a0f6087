package org.jianbao.speech;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The matched quotation marks and brackets of one paragraph. Unmatched marks (a “ never closed) are
 * ignored rather than swallowing the rest of the paragraph: speeches typed in a hurry have them.
 */
final class Brackets {

    private static final String OPEN = "“「『‘（(《〈【[";
    private static final String CLOSE = "”」』’）)》〉】]";
    private static final String QUOTES = "“「『\"";

    private final String text;
    private final int[] depth;
    private final List<Span> quotes;

    /** A pair of marks: {@code open} and {@code close} are the indexes of the marks themselves. */
    record Span(int open, int close) {
    }

    private Brackets(String text, int[] depth, List<Span> quotes) {
        this.text = text;
        this.depth = depth;
        this.quotes = quotes;
    }

    static Brackets of(String text) {
        int n = text.length();
        int[] diff = new int[n + 1];
        List<Span> quotes = new ArrayList<>();
        Deque<Integer> stack = new ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                // Straight quotes open and close alike: close the nearest open one, else open.
                if (stack.stream().anyMatch(o -> text.charAt(o) == '"')) {
                    closeAt(text, stack, i, '"', diff, quotes);
                } else {
                    stack.push(i);
                }
            } else if (OPEN.indexOf(c) >= 0) {
                stack.push(i);
            } else if (CLOSE.indexOf(c) >= 0) {
                closeAt(text, stack, i, OPEN.charAt(CLOSE.indexOf(c)), diff, quotes);
            }
        }
        int[] depth = new int[n];
        int d = 0;
        for (int i = 0; i < n; i++) {
            d += diff[i];
            depth[i] = d;
        }
        quotes.sort((a, b) -> Integer.compare(a.open(), b.open()));
        return new Brackets(text, depth, List.copyOf(quotes));
    }

    /** Pops to the matching opener if there is one; a closer without opener is left alone. */
    private static void closeAt(String text, Deque<Integer> stack, int close, char opener, int[] diff, List<Span> quotes) {
        if (stack.stream().noneMatch(o -> text.charAt(o) == opener)) {
            return;
        }
        int open;
        do {
            open = stack.pop();
        } while (text.charAt(open) != opener);
        diff[open + 1]++;
        diff[close]--;
        boolean outermostQuote = QUOTES.indexOf(opener) >= 0
                && stack.stream().noneMatch(o -> QUOTES.indexOf(text.charAt(o)) >= 0);
        if (outermostQuote) {
            quotes.add(new Span(open, close));
        }
    }

    /** True when {@code index} lies between a matched pair of marks (the marks themselves excluded). */
    boolean enclosed(int index) {
        return depth[index] > 0;
    }

    /** Outermost quotations (“…”, 「…」, 『…』, "…"), in order. */
    List<Span> quotes() {
        return quotes;
    }

    String text() {
        return text;
    }
}

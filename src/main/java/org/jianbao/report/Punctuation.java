package org.jianbao.report;

import java.util.regex.Pattern;

/**
 * Punctuation as an office prints Chinese text: the speech's half-width {@code , ; : ? ! ( )} become full-width
 * where they stand in Chinese text, and spaces between Chinese characters and their punctuation go
 * ({@code “融合型 ”} → {@code “融合型”}). Words are never changed, so a quotation stays the speaker's.
 */
final class Punctuation {

    private static final String CJK = "\\p{IsHan}“”‘’《》（）「」、，。；：！？—…";
    private static final Pattern SPACE_IN_CJK = Pattern.compile("(?<=[" + CJK + "])[ \\u3000\\t]+(?=[" + CJK + "])");
    private static final Pattern SPACE_AFTER_OPEN = Pattern.compile("(?<=[（“《])[ \\u3000]+");
    private static final Pattern SPACE_BEFORE_CLOSE = Pattern.compile("[ \\u3000]+(?=[）”》，。；：])");

    private Punctuation() {
    }

    static String normalise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char full = fullWidth(c);
            if (full != c && chineseAround(text, i)) {
                out.append(full);
            } else {
                out.append(c);
            }
        }
        String s = SPACE_IN_CJK.matcher(out).replaceAll("");
        s = SPACE_AFTER_OPEN.matcher(s).replaceAll("");
        return SPACE_BEFORE_CLOSE.matcher(s).replaceAll("");
    }

    private static char fullWidth(char c) {
        return switch (c) {
            case ',' -> '，';
            case ';' -> '；';
            case ':' -> '：';
            case '?' -> '？';
            case '!' -> '！';
            case '(' -> '（';
            case ')' -> '）';
            default -> c;
        };
    }

    /**
     * A mark belongs to Chinese text when a Chinese character (or Chinese punctuation) stands next to it, skipping
     * digits and spaces: {@code 18年开始,包括} and {@code (二期)} are Chinese, {@code f(x)} and {@code 1,234} are not.
     */
    private static boolean chineseAround(String text, int at) {
        char c = text.charAt(at);
        if (c == ',' && thousands(text, at)) {
            return false; // 1,234
        }
        return isChinese(neighbour(text, at, -1)) || isChinese(neighbour(text, at, +1));
    }

    /** A digit before and exactly three after: a thousands separator ({@code 1,234}), not {@code 第4,7月}. */
    private static boolean thousands(String text, int at) {
        if (at == 0 || !Character.isDigit(text.charAt(at - 1))) {
            return false;
        }
        int digits = 0;
        for (int i = at + 1; i < text.length() && Character.isDigit(text.charAt(i)); i++) {
            digits++;
        }
        return digits == 3;
    }

    private static int neighbour(String text, int at, int step) {
        for (int i = at + step; i >= 0 && i < text.length(); i += step) {
            char c = text.charAt(i);
            if (c != ' ' && !Character.isDigit(c) && c != '.' && c != '%') {
                return c;
            }
        }
        return -1;
    }

    private static boolean isChinese(int c) {
        return c >= 0 && (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || "“”《》（）、，。；：".indexOf(c) >= 0);
    }
}

package org.jianbao.speech;

/** Chinese numerals as speeches number their parts: 一 … 九十九, and 〇-style digits for years. */
final class Numerals {

    private static final String DIGITS = "〇一二三四五六七八九";

    private Numerals() {
    }

    /** {@code 一}→1, {@code 十}→10, {@code 十一}→11, {@code 二十}→20, {@code 二十三}→23; -1 when not a numeral. */
    static int value(String numeral) {
        int ten = numeral.indexOf('十');
        if (ten < 0) {
            return numeral.length() == 1 ? digit(numeral.charAt(0)) : -1;
        }
        int tens = ten == 0 ? 1 : ten == 1 ? digit(numeral.charAt(0)) : -1;
        String rest = numeral.substring(ten + 1);
        int units = rest.isEmpty() ? 0 : rest.length() == 1 ? digit(rest.charAt(0)) : -1;
        return tens < 1 || units < 0 ? -1 : tens * 10 + units;
    }

    /** The numeral for 1 … 99. */
    static String of(int value) {
        if (value < 10) {
            return String.valueOf(DIGITS.charAt(value));
        }
        String tens = value / 10 == 1 ? "十" : DIGITS.charAt(value / 10) + "十";
        return value % 10 == 0 ? tens : tens + DIGITS.charAt(value % 10);
    }

    /** {@code 二〇二四} → 2024, or -1. */
    static int digitsValue(String numerals) {
        int v = 0;
        for (int i = 0; i < numerals.length(); i++) {
            char c = numerals.charAt(i);
            int d = c == '零' ? 0 : DIGITS.indexOf(c);
            if (d < 0) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    private static int digit(char c) {
        int d = DIGITS.indexOf(c);
        return d > 0 ? d : -1;
    }
}

package org.jianbao.text;

/**
 * Chinese numerals as official documents write them: 三, 十二, 二十一, 一百零五; 二〇二六 for years; and read back.
 * The one converter of the program (template filters, speech outline numbers, Word list numbering).
 */
public final class ChineseNumerals {

    private static final String DIGITS = "零一二三四五六七八九";
    private static final String[] SMALL_UNITS = {"", "十", "百", "千"};
    private static final String[] BIG_UNITS = {"", "万", "亿", "万亿"};

    private ChineseNumerals() {
    }

    /** 3 → 三, 10 → 十, 12 → 十二, 21 → 二十一, 105 → 一百零五, 10010 → 一万零一十. */
    public static String of(long n) {
        if (n == 0) {
            return "零";
        }
        if (n < 0) {
            return "负" + of(-n);
        }
        StringBuilder s = new StringBuilder();
        boolean pendingZero = false;
        int group = 0;
        long[] groups = new long[4];
        for (long rest = n; rest > 0; rest /= 10000) {
            if (group == groups.length) {
                throw new IllegalArgumentException("number too large for Chinese numerals: " + n);
            }
            groups[group++] = rest % 10000;
        }
        for (int g = group - 1; g >= 0; g--) {
            long value = groups[g];
            if (value == 0) {
                pendingZero = s.length() > 0;
                continue;
            }
            if (s.length() > 0 && (pendingZero || value < 1000)) {
                s.append('零');
            }
            s.append(groupOf((int) value, s.length() == 0)).append(BIG_UNITS[g]);
            pendingZero = false;
        }
        return s.toString();
    }

    /** Four digits at most; {@code leading}: 10–19 at the very start read 十…, elsewhere 一十…. */
    private static String groupOf(int value, boolean leading) {
        StringBuilder s = new StringBuilder();
        boolean zero = false;
        boolean started = false;
        for (int pos = 3; pos >= 0; pos--) {
            int d = (int) (value / Math.pow(10, pos)) % 10;
            if (d == 0) {
                zero = started;
                continue;
            }
            if (zero) {
                s.append('零');
                zero = false;
            }
            if (!(d == 1 && pos == 1 && !started && leading)) {
                s.append(DIGITS.charAt(d));
            }
            s.append(SMALL_UNITS[pos]);
            started = true;
        }
        return s.toString();
    }

    /** Digit by digit, as years are written: 2026 → 二〇二六. */
    public static String digits(long n) {
        String plain = Long.toString(n);
        StringBuilder s = new StringBuilder(plain.length());
        for (char c : plain.toCharArray()) {
            s.append(c == '0' ? '〇' : DIGITS.charAt(c - '0'));
        }
        return s.toString();
    }

    private static final String READ_DIGITS = "〇一二三四五六七八九";

    /** {@code 一}→1, {@code 十}→10, {@code 十一}→11, {@code 二十}→20, {@code 二十三}→23; -1 when not a numeral of 1 … 99. */
    public static int value(String numeral) {
        int ten = numeral.indexOf('十');
        if (ten < 0) {
            return numeral.length() == 1 ? positiveDigit(numeral.charAt(0)) : -1;
        }
        int tens = ten == 0 ? 1 : ten == 1 ? positiveDigit(numeral.charAt(0)) : -1;
        String rest = numeral.substring(ten + 1);
        int units = rest.isEmpty() ? 0 : rest.length() == 1 ? positiveDigit(rest.charAt(0)) : -1;
        return tens < 1 || units < 0 ? -1 : tens * 10 + units;
    }

    /** {@code 二〇二四} → 2024, or -1. */
    public static int digitsValue(String numerals) {
        int v = 0;
        for (int i = 0; i < numerals.length(); i++) {
            char c = numerals.charAt(i);
            int d = c == '零' ? 0 : READ_DIGITS.indexOf(c);
            if (d < 0) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    private static int positiveDigit(char c) {
        int d = READ_DIGITS.indexOf(c);
        return d > 0 ? d : -1;
    }
}

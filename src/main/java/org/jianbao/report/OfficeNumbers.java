package org.jianbao.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Numbers and dates as Chinese offices write them: one decimal for 亿元 and percent (half up, as statisticians
 * round), ranks as plain integers, dates as {@code 2026年11月27日} without zero padding, missing data as 「—」.
 */
final class OfficeNumbers {

    /** What a table cell shows when the database has no figure. */
    static final String MISSING = "—";

    private OfficeNumbers() {
    }

    /** {@code 412.55 → "412.6"}, {@code -2.7 → "-2.7"}; null → 「—」. */
    static String oneDecimal(Double value) {
        if (value == null) {
            return MISSING;
        }
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * An amount as offices write it in its measure: whole numbers for what is counted (18795户, 12家), one
     * decimal for money and indices (412.6亿元).
     */
    static String amount(Double value, String measure) {
        if (value == null || measure == null || !COUNTED.contains(measure.strip())) {
            return oneDecimal(value);
        }
        return BigDecimal.valueOf(value).setScale(0, RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * A figure in the table and in prose by the indicator's kind: an index keeps the digits its source gives (4.29
     * stays 4.29, never 4.3), counts are whole, money has one decimal.
     */
    static String figure(Double value, IndicatorKind kind, String measure) {
        if (value != null && kind == IndicatorKind.INDEX) {
            return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        }
        return amount(value, measure);
    }

    /** A target as set: no trailing {@code .0} on a round one (1368, not 1368.0); otherwise as {@link #figure}. */
    static String target(Double value, IndicatorKind kind, String measure) {
        if (value == null) {
            return MISSING;
        }
        BigDecimal v = BigDecimal.valueOf(value);
        if (v.stripTrailingZeros().scale() <= 0) {
            return v.setScale(0, RoundingMode.HALF_UP).toPlainString();
        }
        return figure(value, kind, measure);
    }

    /** The measure as prose prints it after a number: 亿元, 户; an index has none ({@code 4.29}, not {@code 4.29指数}). */
    static String measureInProse(String measure, IndicatorKind kind) {
        if (measure == null || kind == IndicatorKind.INDEX || measure.contains("指数")) {
            return "";
        }
        return measure.strip();
    }

    private static final java.util.Set<String> COUNTED = java.util.Set.of("户", "家", "个", "项", "人", "件", "座", "所", "次");

    /** Growth in prose: {@code 6.3 → "增长6.3%"}, {@code -2.7 → "下降2.7%"}, {@code 0 → "持平"}. */
    static String growthProse(double growth) {
        BigDecimal rounded = BigDecimal.valueOf(growth).setScale(1, RoundingMode.HALF_UP);
        int sign = rounded.signum();
        if (sign == 0) {
            return "持平";
        }
        return (sign > 0 ? "增长" : "下降") + rounded.abs().toPlainString() + "%";
    }

    /** A difference in percentage points, always positive: {@code 1.25 → "1.3"}. */
    static String points(double difference) {
        return oneDecimal(Math.abs(difference));
    }

    /** {@code 2026-11-07 → "2026年11月7日"}. */
    static String date(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** Rounded to one decimal as a double, so comparisons agree with what the reader sees. */
    static double rounded(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}

package org.jianbao.indicator;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the cell texts of bureau sheets. Each method returns empty for a blank cell (or a dash,
 * which bureau sheets use for "not available") and throws {@link Invalid} with the message that goes
 * into the error line.
 */
final class Fields {

    /** Growth rates outside this range are typing errors (a value in the growth column, a lost decimal point). */
    static final BigDecimal MIN_GROWTH = new BigDecimal("-100");
    static final BigDecimal MAX_GROWTH = new BigDecimal("500");

    private static final Set<String> NOT_AVAILABLE = Set.of("-", "—", "--", "——", "/", "－", "…", "n/a", "N/A");
    private static final Pattern PERIOD = Pattern.compile(
            "(\\d{4})\\s*(?:年\\s*(?:1\\s*[-－—~～至]\\s*)?(\\d{1,2})\\s*月份?|[-/.](\\d{1,2})(?:[-/.]\\d{1,2})?|(\\d{2}))");
    private static final Pattern RANK = Pattern.compile("第?\\s*(-?\\d+(?:\\.\\d+)?)\\s*[位名]?");
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern PERCENT = Pattern.compile("[%％]$");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年?(度)?");

    private Fields() {
    }

    static final class Invalid extends Exception {
        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    static boolean isBlank(String text) {
        return text.isBlank() || NOT_AVAILABLE.contains(text.strip());
    }

    /** 2026-10, 2026-10-01, 2026/10, 2026.10, 202610, 2026年10月, 2026年1-10月. */
    static Optional<YearMonth> period(String text) throws Invalid {
        if (isBlank(text)) {
            return Optional.empty();
        }
        Matcher m = PERIOD.matcher(text.strip());
        if (!m.matches()) {
            throw new Invalid("period \"" + text.strip() + "\" is not a month (write 2026-10 or 2026年1-10月)");
        }
        return Optional.of(yearMonth(m, text));
    }

    /** The period named in a title such as {@code 2026年1-10月主要经济指标}, if any. */
    static Optional<YearMonth> periodInTitle(String title) {
        Matcher m = Pattern.compile("(\\d{4})\\s*年\\s*(?:1\\s*[-－—~～至]\\s*)?(\\d{1,2})\\s*月").matcher(title);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static YearMonth yearMonth(Matcher m, String text) throws Invalid {
        String month = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
        try {
            return YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(month));
        } catch (DateTimeException e) {
            throw new Invalid("period \"" + text.strip() + "\" has no month " + month);
        }
    }

    static Optional<Integer> year(String text) throws Invalid {
        if (isBlank(text)) {
            return Optional.empty();
        }
        Matcher m = YEAR.matcher(text.strip());
        if (!m.matches()) {
            throw new Invalid("year \"" + text.strip() + "\" is not a year (write 2026)");
        }
        return Optional.of(Integer.parseInt(m.group(1)));
    }

    /** 1,286.45 and 1286.45 alike; full-width digits are not expected from Excel. */
    static Optional<BigDecimal> number(String text, String what) throws Invalid {
        if (isBlank(text)) {
            return Optional.empty();
        }
        String cleaned = text.strip().replace(",", "").replace("，", "");
        try {
            return Optional.of(new BigDecimal(cleaned));
        } catch (NumberFormatException e) {
            throw new Invalid(what + " \"" + text.strip() + "\" is not a number");
        }
    }

    /** 6.3, 6.3%, -2.7: a percentage within the sane range. */
    static Optional<BigDecimal> growth(String text, String what) throws Invalid {
        if (isBlank(text)) {
            return Optional.empty();
        }
        String cleaned = PERCENT.matcher(text.strip()).replaceAll("").strip();
        BigDecimal growth;
        try {
            growth = new BigDecimal(cleaned.replace("+", ""));
        } catch (NumberFormatException e) {
            throw new Invalid(what + " \"" + text.strip() + "\" is not a number");
        }
        if (growth.compareTo(MIN_GROWTH) < 0 || growth.compareTo(MAX_GROWTH) > 0) {
            throw new Invalid(what + " " + growth.toPlainString() + "% is outside the sane range "
                    + MIN_GROWTH + "% to " + MAX_GROWTH + "%");
        }
        return Optional.of(growth);
    }

    /** 3, 第3, 第3位: a positive whole number. */
    static Optional<Integer> rank(String text, String what) throws Invalid {
        if (isBlank(text)) {
            return Optional.empty();
        }
        Matcher m = RANK.matcher(text.strip());
        String problem = what + " \"" + text.strip() + "\" is not a positive whole number";
        if (!m.matches()) {
            throw new Invalid(problem);
        }
        BigDecimal rank = new BigDecimal(m.group(1));
        if (rank.signum() <= 0 || rank.stripTrailingZeros().scale() > 0) {
            throw new Invalid(problem);
        }
        return Optional.of(rank.intValueExact());
    }

    /** 2026-03-15, 2026/3/15, 2026.3.15, 2026年3月15日; a month alone (2026-03) means its first day. */
    static Optional<LocalDate> date(String text, String what) throws Invalid {
        if (isBlank(text)) {
            return Optional.empty();
        }
        String t = text.strip();
        Matcher m = DATE.matcher(t);
        try {
            if (m.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            }
            Matcher p = PERIOD.matcher(t);
            if (p.matches()) {
                return Optional.of(yearMonth(p, t).atDay(1));
            }
        } catch (DateTimeException | Invalid e) {
            // fall through to the message below
        }
        throw new Invalid(what + " \"" + t + "\" is not a date (write 2026-03-15)");
    }
}

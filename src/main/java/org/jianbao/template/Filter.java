package org.jianbao.template;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Map;

/**
 * One step of a tag's filter chain ({@code {{x | number:1 | default:—}}}). Filters pass null through, except
 * {@code default}. The complete list is in {@link #parse}; the README documents it.
 */
sealed interface Filter {

    /** @throws IllegalArgumentException when the value does not suit the filter (the message says why) */
    Object apply(Object value);

    /** Parses {@code name} or {@code name:argument}. */
    static Filter parse(String spec) {
        int colon = spec.indexOf(':');
        String name = (colon < 0 ? spec : spec.substring(0, colon)).trim();
        String arg = colon < 0 ? null : spec.substring(colon + 1).trim();
        return switch (name) {
            case "number" -> new NumberFilter(decimals(name, arg, -1));
            case "percent" -> new PercentFilter(decimals(name, arg, 1));
            case "growth" -> new GrowthFilter(decimals(name, arg, 1));
            case "date" -> DateFilter.of(arg);
            case "rank" -> new RankFilter(cnArg(name, arg));
            case "cn" -> {
                noArg(name, arg);
                yield new CnFilter();
            }
            case "default" -> new DefaultFilter(arg == null ? "" : arg);
            case "" -> throw new IllegalArgumentException("empty filter after '|'");
            default -> throw new IllegalArgumentException("unknown filter '" + name
                    + "' (known: number, percent, growth, date, rank, cn, default)");
        };
    }

    private static int decimals(String name, String arg, int none) {
        if (arg == null) {
            return none;
        }
        try {
            int n = Integer.parseInt(arg);
            if (n >= 0 && n <= 10) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("filter " + name + ":" + arg + " wants a number of decimals 0–10");
    }

    private static boolean cnArg(String name, String arg) {
        if (arg == null) {
            return false;
        }
        if (arg.equals("cn")) {
            return true;
        }
        throw new IllegalArgumentException("filter " + name + ":" + arg + " — only " + name + ":cn exists");
    }

    private static void noArg(String name, String arg) {
        if (arg != null) {
            throw new IllegalArgumentException("filter " + name + " takes no argument");
        }
    }

    static BigDecimal decimal(Object value) {
        if (value instanceof BigDecimal b) {
            return b;
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("not a finite number: " + value);
            }
            return BigDecimal.valueOf(d);
        }
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        if (value instanceof CharSequence s) {
            try {
                return new BigDecimal(s.toString().trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a number: \"" + s + "\"");
            }
        }
        throw new IllegalArgumentException("not a number: " + Describe.of(value));
    }

    static String plain(BigDecimal value, int decimals) {
        if (decimals < 0) {
            BigDecimal stripped = value.stripTrailingZeros();
            return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
        }
        return value.setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    /** {@code number}: plain, integral values without decimals; {@code number:N}: N decimals, half-up. */
    record NumberFilter(int decimals) implements Filter {
        @Override
        public Object apply(Object value) {
            return value == null ? null : plain(decimal(value), decimals);
        }
    }

    /** {@code percent[:N]}: the value is already in percent points; 6.3 → 6.3%. */
    record PercentFilter(int decimals) implements Filter {
        @Override
        public Object apply(Object value) {
            return value == null ? null : plain(decimal(value), decimals) + "%";
        }
    }

    /** {@code growth[:N]}: 6.3 → 增长6.3%, -2.7 → 下降2.7%, 0 → 持平 (after rounding). */
    record GrowthFilter(int decimals) implements Filter {
        @Override
        public Object apply(Object value) {
            if (value == null) {
                return null;
            }
            BigDecimal rounded = decimal(value).setScale(decimals, RoundingMode.HALF_UP);
            return switch (rounded.signum()) {
                case 0 -> "持平";
                case 1 -> "增长" + rounded.toPlainString() + "%";
                default -> "下降" + rounded.negate().toPlainString() + "%";
            };
        }
    }

    /** {@code rank}: 3 → 第3位; {@code rank:cn}: 第三位. */
    record RankFilter(boolean chinese) implements Filter {
        @Override
        public Object apply(Object value) {
            if (value == null) {
                return null;
            }
            long n = integral(value);
            return "第" + (chinese ? org.jianbao.text.ChineseNumerals.of(n) : Long.toString(n)) + "位";
        }
    }

    /** {@code cn}: an integer in Chinese numerals, 12 → 十二. */
    record CnFilter() implements Filter {
        @Override
        public Object apply(Object value) {
            return value == null ? null : org.jianbao.text.ChineseNumerals.of(integral(value));
        }
    }

    /** {@code default:TEXT}: TEXT when the value is missing, null or empty. */
    record DefaultFilter(String text) implements Filter {
        @Override
        public Object apply(Object value) {
            boolean empty = value == null
                    || value instanceof CharSequence s && s.isEmpty()
                    || value instanceof Collection<?> c && c.isEmpty()
                    || value instanceof Map<?, ?> m && m.isEmpty();
            return empty ? text : value;
        }
    }

    /**
     * {@code date}: 2026年11月27日; {@code date:cn}: 二〇二六年十一月二十七日; {@code date:month}: 2026年10月;
     * {@code date:PATTERN}: a {@link DateTimeFormatter} pattern.
     */
    record DateFilter(String style, DateTimeFormatter pattern) implements Filter {

        static DateFilter of(String arg) {
            if (arg == null || arg.equals("cn") || arg.equals("month")) {
                return new DateFilter(arg == null ? "plain" : arg, null);
            }
            try {
                return new DateFilter("pattern", DateTimeFormatter.ofPattern(arg));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("date:" + arg + " is not a date pattern: " + e.getMessage());
            }
        }

        @Override
        public Object apply(Object value) {
            if (value == null) {
                return null;
            }
            TemporalAccessor t = temporal(value);
            if (pattern != null) {
                try {
                    return pattern.format(t);
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("cannot format " + Describe.of(value) + " with this pattern: "
                            + e.getMessage());
                }
            }
            if (style.equals("month")) {
                YearMonth ym = YearMonth.from(t);
                return ym.getYear() + "年" + ym.getMonthValue() + "月";
            }
            LocalDate d = t instanceof YearMonth ? null : LocalDate.from(t);
            if (d == null) {
                throw new IllegalArgumentException("a month has no day; use date:month");
            }
            if (style.equals("cn")) {
                return org.jianbao.text.ChineseNumerals.digits(d.getYear()) + "年" + org.jianbao.text.ChineseNumerals.of(d.getMonthValue()) + "月"
                        + org.jianbao.text.ChineseNumerals.of(d.getDayOfMonth()) + "日";
            }
            return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
        }

        private static TemporalAccessor temporal(Object value) {
            if (value instanceof LocalDate || value instanceof LocalDateTime || value instanceof YearMonth
                    || value instanceof OffsetDateTime || value instanceof ZonedDateTime) {
                return (TemporalAccessor) value;
            }
            if (value instanceof java.util.Date date) {
                return LocalDateTime.ofInstant(date.toInstant(), java.time.ZoneId.systemDefault());
            }
            if (value instanceof CharSequence cs) {
                String s = cs.toString().trim();
                try {
                    if (s.length() == 7) {
                        return YearMonth.parse(s);
                    }
                    if (s.length() == 10) {
                        return LocalDate.parse(s);
                    }
                    if (s.endsWith("Z") || s.matches(".*[+-]\\d\\d:\\d\\d$")) {
                        return OffsetDateTime.parse(s);
                    }
                    return LocalDateTime.parse(s);
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("not an ISO date: \"" + s + "\"");
                }
            }
            throw new IllegalArgumentException("not a date: " + Describe.of(value));
        }
    }

    private static long integral(Object value) {
        BigDecimal d = decimal(value);
        try {
            return d.stripTrailingZeros().longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("not an integer: " + d.toPlainString());
        }
    }
}

package org.jianbao.schedule;

import java.time.LocalDate;

/**
 * A day that differs from an ordinary Monday-to-Friday week.
 *
 * @param name the holiday it belongs to (春节), also for a make-up workday
 */
public record BusinessDay(LocalDate date, Kind kind, String name) {

    public enum Kind {
        /** A day off: a statutory holiday, or a weekend inside a holiday period. */
        HOLIDAY,
        /** A weekend day that is worked (调休上班). */
        WORKDAY
    }
}

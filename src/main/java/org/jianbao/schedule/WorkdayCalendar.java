package org.jianbao.schedule;

import java.io.Serial;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.TreeSet;

import org.quartz.impl.calendar.BaseCalendar;

/**
 * A Quartz calendar that includes the working days of a Chinese office: Monday to Friday unless a public holiday,
 * plus the weekend days that are make-up workdays (调休上班). A cron expression cannot say that; a trigger with
 * this calendar fires on the cron's times that fall on such days. Serialised into the job store (Quartz keeps
 * calendars as blobs), so it holds plain dates, not a view of the database.
 */
public final class WorkdayCalendar extends BaseCalendar {

    @Serial
    private static final long serialVersionUID = 1L;

    private final TreeSet<LocalDate> holidays;
    private final TreeSet<LocalDate> makeUpWorkdays;
    private final ZoneId zone;

    public WorkdayCalendar(Set<LocalDate> holidays, Set<LocalDate> makeUpWorkdays, ZoneId zone) {
        this.holidays = new TreeSet<>(holidays);
        this.makeUpWorkdays = new TreeSet<>(makeUpWorkdays);
        this.zone = zone;
        setDescription("workdays: " + holidays.size() + " holidays, " + makeUpWorkdays.size() + " make-up workdays");
    }

    public boolean isWorkday(LocalDate day) {
        if (makeUpWorkdays.contains(day)) {
            return true;
        }
        if (holidays.contains(day)) {
            return false;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    @Override
    public boolean isTimeIncluded(long timeStamp) {
        return super.isTimeIncluded(timeStamp) && isWorkday(dayOf(timeStamp));
    }

    @Override
    public long getNextIncludedTime(long timeStamp) {
        long candidate = super.getNextIncludedTime(timeStamp);
        LocalDate day = dayOf(candidate);
        if (isWorkday(day)) {
            return candidate;
        }
        do {
            day = day.plusDays(1);
        } while (!isWorkday(day));
        return day.atStartOfDay(zone).toInstant().toEpochMilli();
    }

    private LocalDate dayOf(long timeStamp) {
        return Instant.ofEpochMilli(timeStamp).atZone(zone).toLocalDate();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WorkdayCalendar that && holidays.equals(that.holidays)
                && makeUpWorkdays.equals(that.makeUpWorkdays) && zone.equals(that.zone);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(holidays, makeUpWorkdays, zone);
    }
}

package org.jianbao.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The nightly trigger with the business calendar, computed by Quartz from a clock we set: holidays skipped,
 * make-up workdays (调休上班) run, a year without an arrangement warned about.
 */
class WorkdayScheduleTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc = JdbcClient.create(MigratedH2.create());

    private NightlySchedule scheduleAt(String now, boolean workdaysOnly) {
        Clock clock = Clock.fixed(ZonedDateTime.parse(now).toInstant(), SHANGHAI);
        BusinessCalendar calendar = new BusinessCalendar(jdbc, clock);
        return new NightlySchedule(new ScheduleProperties(true, "0 30 1 * * ?", SHANGHAI, workdaysOnly, java.time.Duration.ZERO), calendar, clock);
    }

    private static List<String> days(List<ZonedDateTime> times) {
        return times.stream().map(t -> t.toLocalDate() + " " + t.toLocalTime()).toList();
    }

    @Test
    void theMidAutumnHolidayIsSkippedAndTheNationalDayMakeUpSundayRuns() {
        // Sat 2026-09-19 noon: Sunday 09-20 is worked (调休 for National Day); 25–27 September are Mid-Autumn days off.
        assertThat(days(scheduleAt("2026-09-19T12:00+08:00[Asia/Shanghai]", true).nextFireTimes(7))).containsExactly(
                "2026-09-20 01:30", "2026-09-21 01:30", "2026-09-22 01:30", "2026-09-23 01:30", "2026-09-24 01:30",
                "2026-09-28 01:30", "2026-09-29 01:30");
    }

    @Test
    void afterTheGoldenWeekTheMakeUpSaturdayRuns() {
        assertThat(days(scheduleAt("2026-09-30T12:00+08:00[Asia/Shanghai]", true).nextFireTimes(4))).containsExactly(
                "2026-10-08 01:30", "2026-10-09 01:30", "2026-10-10 01:30", "2026-10-12 01:30");
    }

    @Test
    void everyNightWhenNotWorkdaysOnly() {
        assertThat(days(scheduleAt("2026-09-30T12:00+08:00[Asia/Shanghai]", false).nextFireTimes(3))).containsExactly(
                "2026-10-01 01:30", "2026-10-02 01:30", "2026-10-03 01:30");
    }

    @Test
    void theComingMonthInAYearWithoutArrangementIsWarnedAbout() {
        NightlySchedule december = scheduleAt("2026-12-10T09:00+08:00[Asia/Shanghai]", true);
        december.nextFireTimes(1); // loads the shipped 2026
        BusinessCalendar calendar = new BusinessCalendar(jdbc, Clock.fixed(
                ZonedDateTime.parse("2026-12-10T09:00+08:00[Asia/Shanghai]").toInstant(), SHANGHAI));
        assertThat(calendar.coverageWarning(SHANGHAI)).hasValueSatisfying(w -> assertThat(w)
                .startsWith("工作日历缺少2027年的节假日安排（已载入：2026年）"));

        BusinessCalendar november = new BusinessCalendar(jdbc, Clock.fixed(
                ZonedDateTime.parse("2026-11-20T09:00+08:00[Asia/Shanghai]").toInstant(), SHANGHAI));
        assertThat(november.coverageWarning(SHANGHAI)).isEmpty();
    }

    @Test
    void importingNextYearAddsItsHolidaysAndAnAmendedFileReplacesTheYear(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        BusinessCalendar calendar = new BusinessCalendar(jdbc, Clock.system(SHANGHAI));
        calendar.loadShippedYears();
        Path next = dir.resolve("cn-holidays-2027.csv");
        Files.writeString(next, "date,kind,name,name_zh\n2027-01-01,holiday,New Year's Day,元旦\n2027-02-06,workday,Spring Festival,春节\n");

        assertThat(calendar.importFile(next)).containsExactly(2027);
        assertThat(calendar.loadedYears()).containsExactly(2026, 2027);
        assertThat(calendar.workdays(SHANGHAI).isWorkday(LocalDate.parse("2027-01-01"))).isFalse();
        assertThat(calendar.workdays(SHANGHAI).isWorkday(LocalDate.parse("2027-02-06"))).as("a Saturday, worked").isTrue();

        Files.writeString(next, "date,kind,name,name_zh\n2027-01-01,holiday,New Year's Day,元旦\n");
        calendar.importFile(next);
        assertThat(calendar.workdays(SHANGHAI).isWorkday(LocalDate.parse("2027-02-06"))).isFalse();
    }

    @Test
    void aFileWithProblemsIsRefusedWholeWithEachProblemOnItsLine(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        BusinessCalendar calendar = new BusinessCalendar(jdbc, Clock.system(SHANGHAI));
        Path bad = dir.resolve("2027.csv");
        Files.writeString(bad, "date,kind,name\n2027-01-01,holiday,元旦\n2027-13-01,holiday,x\n2027-01-01,workday,元旦\n2027-01-02,rest,x\n");

        assertThatThrownBy(() -> calendar.importFile(bad)).isInstanceOfSatisfying(CalendarFileException.class, e -> {
            assertThat(e.getMessage()).isEqualTo(bad + ": refused, nothing loaded (3 problems)");
            assertThat(e.problems()).containsExactly(
                    bad + ":3: '2027-13-01' is not a date like 2026-10-01",
                    bad + ":4: 2027-01-01 is listed twice",
                    bad + ":5: kind 'rest': expected holiday or workday");
        });
        assertThat(calendar.loadedYears()).isEmpty();
    }
}

package org.jianbao.schedule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The days off and make-up workdays of the years loaded (table {@code business_day}). The State Council publishes
 * each year's arrangement in the autumn before; the shipped years are loaded on first use, later ones with
 * {@code calendar import}.
 */
@Component
public class BusinessCalendar {

    private static final Logger log = LoggerFactory.getLogger(BusinessCalendar.class);
    private static final String SHIPPED = "classpath:calendar/*.csv";
    /** How far ahead a missing year is worth a warning: a month gives time to import it. */
    static final int LOOK_AHEAD_DAYS = 30;

    private final JdbcClient jdbc;
    private final Clock clock;

    BusinessCalendar(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Loads each shipped year the table does not have yet; a year imported by hand is never overwritten. */
    @Transactional
    public void loadShippedYears() {
        try {
            Set<Integer> loaded = loadedYears();
            for (Resource file : new PathMatchingResourcePatternResolver().getResources(SHIPPED)) {
                try (InputStream in = file.getInputStream()) {
                    List<BusinessDay> days = CalendarFile.read(file.getFilename(), in);
                    if (!loaded.containsAll(yearsOf(days))) {
                        replace(file.getFilename(), days);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Loads a year's arrangement (replacing what was loaded for the years the file covers: an amended notice wins).
     *
     * @return the years loaded
     * @throws CalendarFileException the file has problems; nothing was loaded
     */
    @Transactional
    public Set<Integer> importFile(Path file) throws IOException {
        List<BusinessDay> days;
        try (InputStream in = Files.newInputStream(file)) {
            days = CalendarFile.read(file.toString(), in);
        }
        return replace(file.getFileName().toString(), days);
    }

    private Set<Integer> replace(String source, List<BusinessDay> days) {
        Set<Integer> years = yearsOf(days);
        for (int year : years) {
            jdbc.sql("delete from business_day where cal_date between ? and ?")
                    .params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).update();
        }
        LocalDateTime now = LocalDateTime.now(clock);
        for (BusinessDay day : days) {
            jdbc.sql("insert into business_day (cal_date, kind, name, source_file, imported_at) values (?, ?, ?, ?, ?)")
                    .params(day.date(), day.kind().name(), day.name(), source, now).update();
        }
        log.info("Business calendar: {} days of {} loaded from {}", days.size(), years, source);
        return years;
    }

    public List<BusinessDay> days() {
        return jdbc.sql("select cal_date, kind, name from business_day order by cal_date")
                .query((rs, n) -> new BusinessDay(rs.getObject(1, LocalDate.class),
                        BusinessDay.Kind.valueOf(rs.getString(2)), rs.getString(3)))
                .list();
    }

    public Set<Integer> loadedYears() {
        return days().stream().map(d -> d.date().getYear()).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The calendar the nightly trigger runs by, as of what is loaded now. */
    public WorkdayCalendar workdays(ZoneId zone) {
        List<BusinessDay> all = days();
        return new WorkdayCalendar(datesOf(all, BusinessDay.Kind.HOLIDAY), datesOf(all, BusinessDay.Kind.WORKDAY), zone);
    }

    /**
     * A warning when the coming {@value #LOOK_AHEAD_DAYS} days reach into a year with no arrangement loaded: its
     * holidays would be taken for workdays (and its make-up Saturdays skipped).
     */
    public Optional<String> coverageWarning(ZoneId zone) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Set<Integer> loaded = loadedYears();
        Set<Integer> missing = new TreeSet<>();
        for (LocalDate day = today; !day.isAfter(today.plusDays(LOOK_AHEAD_DAYS)); day = day.plusDays(1)) {
            if (!loaded.contains(day.getYear())) {
                missing.add(day.getYear());
            }
        }
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        // Office staff read it on the 运行记录 page: in Chinese, with the command that fixes it.
        return Optional.of("工作日历缺少" + missing.stream().map(y -> y + "年").collect(Collectors.joining("、"))
                + "的节假日安排（已载入：" + (loaded.isEmpty() ? "无" : loaded.stream().map(y -> y + "年")
                .collect(Collectors.joining("、"))) + "），夜间运行将把其节假日当作工作日。国务院办公厅公布安排后，请用"
                + " `jianbao calendar import FILE.csv` 载入。");
    }

    private static Set<Integer> yearsOf(List<BusinessDay> days) {
        return days.stream().map(d -> d.date().getYear()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<LocalDate> datesOf(List<BusinessDay> days, BusinessDay.Kind kind) {
        return days.stream().filter(d -> d.kind() == kind).map(BusinessDay::date).collect(Collectors.toSet());
    }
}

package org.jianbao.schedule;

import java.time.Duration;

import org.quartz.Calendar;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Brings a calendar imported while {@code serve} runs ({@code calendar import} from another terminal, through H2's
 * mixed mode or on the shared PostgreSQL) into the running scheduler: every {@code jianbao.schedule.calendar-check}
 * the calendar built from the {@code business_day} table is compared with the one in Quartz's store, and a different
 * one replaces it with the trigger's next fire time recomputed (a newly loaded holiday is skipped, a make-up
 * Saturday fires).
 *
 * <p>Polling, not a version column the command bumps: the table is the only truth, so any way of changing it
 * (the command, SQL by hand, a restored backup) reaches the scheduler, and the check is one small query. Not a
 * Quartz job either: a job in the store would run by the calendar-free clock of the cluster and be one more
 * thing a missed-night catch-up fires.
 */
class CalendarRefresh implements InitializingBean, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(CalendarRefresh.class);

    private final BusinessCalendar businessCalendar;
    private final ScheduleProperties properties;
    private final Scheduler scheduler;
    private final ThreadPoolTaskScheduler timer = new ThreadPoolTaskScheduler();

    CalendarRefresh(BusinessCalendar businessCalendar, ScheduleProperties properties, Scheduler scheduler) {
        this.businessCalendar = businessCalendar;
        this.properties = properties;
        this.scheduler = scheduler;
    }

    @Override
    public void afterPropertiesSet() {
        Duration every = properties.calendarCheck();
        if (!properties.enabled() || !properties.workdaysOnly() || every.isZero()) {
            return; // no trigger runs by the calendar
        }
        timer.setThreadNamePrefix("calendar-refresh-");
        timer.setDaemon(true);
        timer.initialize();
        timer.scheduleWithFixedDelay(this::refreshQuietly, java.time.Instant.now().plus(every), every);
    }

    /**
     * Replaces the store's calendar when the table says otherwise.
     *
     * @return whether it was replaced
     */
    boolean refresh() throws SchedulerException {
        WorkdayCalendar current = businessCalendar.workdays(properties.zone());
        Calendar stored = scheduler.getCalendarNames().contains(NightlySchedule.CALENDAR)
                ? scheduler.getCalendar(NightlySchedule.CALENDAR) : null;
        if (current.equals(stored)) {
            return false;
        }
        // updateTriggers: the stored next fire time was computed by the old calendar. (At start-up the installer
        // does not recompute, so that a night missed while down stays due; here the service is up.)
        scheduler.addCalendar(NightlySchedule.CALENDAR, current, true, true);
        var trigger = scheduler.getTrigger(NightlySchedule.TRIGGER);
        log.info("Business calendar changed in the database ({}); nightly run next {}", current.getDescription(),
                trigger == null ? "-" : trigger.getNextFireTime());
        return true;
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (Exception e) {
            // The database may be briefly away; the next check tries again.
            log.warn("Could not compare the business calendar with the scheduler's: {}", e.getMessage());
        }
    }

    @Override
    public void destroy() {
        timer.shutdown();
    }
}

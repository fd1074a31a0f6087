package org.jianbao.schedule;

import java.time.Clock;
import java.util.Date;
import java.util.Objects;

import org.quartz.Calendar;
import org.quartz.CronTrigger;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * Puts the configured nightly trigger and the business calendar into the (persistent, possibly shared) job store at
 * start-up, without destroying what the store knows: a trigger whose next time passed while the service was down
 * is left as it is, so Quartz's misfire handling fires it once now. Only a changed definition replaces it — and if
 * a night was missed meanwhile, that night is caught up once by firing the job now.
 */
class ScheduleInstaller implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(ScheduleInstaller.class);

    private final NightlySchedule schedule;
    private final BusinessCalendar businessCalendar;
    private final Clock clock;
    private final Scheduler scheduler;

    ScheduleInstaller(NightlySchedule schedule, BusinessCalendar businessCalendar, Clock clock, Scheduler scheduler) {
        this.schedule = schedule;
        this.businessCalendar = businessCalendar;
        this.clock = clock;
        this.scheduler = scheduler;
    }

    /** Before the scheduler starts (Spring starts it with the context), so a missed night is seen as missed. */
    @Override
    public void afterPropertiesSet() throws SchedulerException {
        install();
    }

    void install() throws SchedulerException {
        ScheduleProperties properties = schedule.properties();
        businessCalendar.loadShippedYears();
        businessCalendar.coverageWarning(properties.zone()).ifPresent(log::warn);
        Trigger existing = scheduler.getTrigger(NightlySchedule.TRIGGER);
        if (!properties.enabled()) {
            if (existing != null) {
                scheduler.unscheduleJob(NightlySchedule.TRIGGER);
            }
            log.info("Nightly run disabled (jianbao.schedule.enabled=false)");
            return;
        }
        boolean calendarChanged = replaceCalendarIfChanged(properties);
        scheduler.addJob(schedule.job(), true);
        CronTrigger wanted = schedule.trigger(clock.instant());
        if (existing == null) {
            try {
                scheduler.scheduleJob(wanted);
            } catch (ObjectAlreadyExistsException e) {
                // Another instance of a cluster installed it a moment ago: theirs is the same configuration.
            }
        } else if (calendarChanged || !sameDefinition(existing, wanted)) {
            boolean missed = existing.getNextFireTime() != null && existing.getNextFireTime().before(Date.from(clock.instant()));
            scheduler.rescheduleJob(NightlySchedule.TRIGGER, wanted);
            if (missed) {
                scheduler.triggerJob(NightlySchedule.JOB);
            }
        }
        Trigger installed = scheduler.getTrigger(NightlySchedule.TRIGGER);
        log.info("Nightly run: cron '{}' ({}){}, next {}", properties.cron(), properties.zone(),
                properties.workdaysOnly() ? " on workdays" : "", installed == null ? "-" : installed.getNextFireTime());
    }

    /** Calendars in the store are replaced without recomputing triggers: that would skip a missed night. */
    private boolean replaceCalendarIfChanged(ScheduleProperties properties) throws SchedulerException {
        WorkdayCalendar current = businessCalendar.workdays(properties.zone());
        Calendar stored = scheduler.getCalendarNames().contains(NightlySchedule.CALENDAR)
                ? scheduler.getCalendar(NightlySchedule.CALENDAR) : null;
        if (current.equals(stored)) {
            return false;
        }
        scheduler.addCalendar(NightlySchedule.CALENDAR, current, true, false);
        return stored != null;
    }

    private static boolean sameDefinition(Trigger existing, CronTrigger wanted) {
        return existing instanceof CronTrigger cron
                && cron.getCronExpression().equals(wanted.getCronExpression())
                && cron.getTimeZone().getID().equals(wanted.getTimeZone().getID())
                && Objects.equals(cron.getCalendarName(), wanted.getCalendarName())
                && cron.getMisfireInstruction() == wanted.getMisfireInstruction();
    }
}

package org.jianbao.schedule;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.TriggerUtils;
import org.quartz.spi.OperableTrigger;
import org.springframework.stereotype.Component;

/**
 * The nightly run as Quartz sees it: one durable job and one cron trigger, by configuration. Missed nights (the
 * service was down) are caught up once, at start-up, not once per night missed: Quartz's "fire once now" misfire
 * instruction. A workdays-only trigger is modified by the {@link WorkdayCalendar}.
 */
@Component
public class NightlySchedule {

    static final JobKey JOB = JobKey.jobKey("nightly-run", "jianbao");
    static final TriggerKey TRIGGER = TriggerKey.triggerKey("nightly-run", "jianbao");
    static final String CALENDAR = "workdays";

    private final ScheduleProperties properties;
    private final BusinessCalendar calendar;
    private final Clock clock;

    NightlySchedule(ScheduleProperties properties, BusinessCalendar calendar, Clock clock) {
        this.properties = properties;
        this.calendar = calendar;
        this.clock = clock;
    }

    public ScheduleProperties properties() {
        return properties;
    }

    JobDetail job() {
        return JobBuilder.newJob(NightlyRunJob.class).withIdentity(JOB).storeDurably()
                .withDescription("the main job, as `run` without options").build();
    }

    /** The trigger as configured, counting from {@code startAt}. */
    CronTrigger trigger(Instant startAt) {
        try {
            return TriggerBuilder.newTrigger().withIdentity(TRIGGER).forJob(JOB).startAt(Date.from(startAt))
                    .withSchedule(CronScheduleBuilder.cronSchedule(properties.cron())
                            .inTimeZone(TimeZone.getTimeZone(properties.zone()))
                            .withMisfireHandlingInstructionFireAndProceed())
                    .modifiedByCalendar(properties.workdaysOnly() ? CALENDAR : null)
                    .build();
        } catch (RuntimeException e) {
            // Quartz wraps the ParseException; the operator needs the key and the expression.
            throw new IllegalStateException("jianbao.schedule.cron '" + properties.cron() + "' is not a Quartz cron expression: "
                    + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()), e);
        }
    }

    /** The next {@code count} times the nightly run fires, from now, by the calendar loaded now. */
    public List<ZonedDateTime> nextFireTimes(int count) {
        calendar.loadShippedYears();
        OperableTrigger trigger = (OperableTrigger) trigger(clock.instant());
        List<Date> times = TriggerUtils.computeFireTimes(trigger,
                properties.workdaysOnly() ? calendar.workdays(properties.zone()) : null, count);
        return times.stream().map(t -> t.toInstant().atZone(properties.zone())).toList();
    }
}

package org.jianbao.cli;

import java.io.PrintWriter;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

import org.jianbao.schedule.BusinessCalendar;
import org.jianbao.schedule.NightlySchedule;
import org.jianbao.schedule.ScheduleProperties;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code jianbao schedule}: when {@code serve} runs the main job next, by the cron and the business calendar. */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = "Shows the nightly run of `serve`: its cron, time zone and the next five times it fires "
                + "(weekends and holidays skipped, make-up workdays run, when workdays-only).")
class ScheduleCommand implements CliCommand, Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd EEE HH:mm", Locale.CHINA);

    @Spec
    CommandSpec spec;

    private final NightlySchedule schedule;
    private final BusinessCalendar calendar;

    ScheduleCommand(NightlySchedule schedule, BusinessCalendar calendar) {
        this.schedule = schedule;
        this.calendar = calendar;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ScheduleProperties properties = schedule.properties();
        if (!properties.enabled()) {
            out.println("The nightly run is off (jianbao.schedule.enabled=false).");
            return ExitCodes.OK;
        }
        try {
            out.printf("cron '%s', %s%s%n", properties.cron(), properties.zone(),
                    properties.workdaysOnly() ? ", workdays only" : ", every day");
            for (ZonedDateTime time : schedule.nextFireTimes(5)) {
                out.println("  " + TIME.format(time));
            }
        } catch (IllegalStateException e) {
            throw new UserInputException(e.getMessage(), e);
        }
        out.println("business calendar: " + (calendar.loadedYears().isEmpty() ? "no year loaded" : calendar.loadedYears()));
        calendar.coverageWarning(properties.zone()).ifPresent(w -> spec.commandLine().getErr().println("warning: " + w));
        return ExitCodes.OK;
    }
}

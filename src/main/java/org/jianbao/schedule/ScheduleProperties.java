package org.jianbao.schedule;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The nightly run of {@code serve}.
 *
 * @param enabled      whether {@code serve} runs the main job on a schedule at all
 * @param cron         Quartz cron expression (seconds first): default 01:30 every night
 * @param zone         the time zone the cron expression is read in
 * @param workdaysOnly skip weekends and public holidays, run on make-up workdays (the business calendar)
 * @param calendarCheck how often a running {@code serve} looks for a calendar imported meanwhile (0: never)
 */
@ConfigurationProperties("jianbao.schedule")
public record ScheduleProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("0 30 1 * * ?") String cron,
        @DefaultValue("Asia/Shanghai") ZoneId zone,
        @DefaultValue("true") boolean workdaysOnly,
        @DefaultValue("1m") Duration calendarCheck) {
}

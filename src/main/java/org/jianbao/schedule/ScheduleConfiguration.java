package org.jianbao.schedule;

import java.time.Clock;
import java.util.Properties;

import javax.sql.DataSource;

import org.quartz.Scheduler;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.boot.quartz.autoconfigure.QuartzProperties;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.support.JdbcUtils;

/**
 * The scheduler of {@code serve} (Spring Boot's Quartz support, JDBC job store, clustered: see
 * {@code application-serve.yml}). The other commands never start it.
 */
@Configuration(proxyBeanMethods = false)
@Profile("serve")
class ScheduleConfiguration {

    @Bean
    ScheduleInstaller scheduleInstaller(NightlySchedule schedule, BusinessCalendar calendar, Clock clock,
                                        Scheduler scheduler) {
        return new ScheduleInstaller(schedule, calendar, clock, scheduler);
    }

    @Bean
    CalendarRefresh calendarRefresh(BusinessCalendar calendar, NightlySchedule schedule, Scheduler scheduler) {
        return new CalendarRefresh(calendar, schedule.properties(), scheduler);
    }

    /**
     * Quartz reads its blobs through a delegate per database: PostgreSQL's bytea needs its own. Chosen from the
     * database itself, so PostgreSQL still works by the datasource settings alone.
     */
    @Bean
    SchedulerFactoryBeanCustomizer driverDelegate(QuartzProperties quartz, DataSource dataSource) {
        return factory -> {
            Properties properties = new Properties();
            properties.putAll(quartz.getProperties());
            properties.putIfAbsent("org.quartz.jobStore.driverDelegateClass", delegateFor(dataSource));
            factory.setQuartzProperties(properties);
        };
    }

    static String delegateFor(DataSource dataSource) {
        try {
            String url = JdbcUtils.extractDatabaseMetaData(dataSource, m -> m.getURL());
            return DatabaseDriver.fromJdbcUrl(url) == DatabaseDriver.POSTGRESQL
                    ? "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate" : "org.quartz.impl.jdbcjobstore.StdJDBCDelegate";
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the database's URL for the scheduler: " + e.getMessage(), e);
        }
    }
}

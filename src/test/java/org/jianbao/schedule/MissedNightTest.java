package org.jianbao.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.quartz.Job;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;

/**
 * The service was down for three nights: at start-up the nightly run happens once, not three times, and the next
 * one is the coming night. Real Quartz on the JDBC job store (clustered, as {@code serve} runs it) on H2; the
 * installation three days ago is made with a clock set back three days.
 */
class MissedNightTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final DataSource dataSource = MigratedH2.create();
    private final String schedulerName = "missed-night-" + UUID.randomUUID();
    private final AtomicInteger runs = new AtomicInteger();

    @Test
    void missedNightsAreCaughtUpOnceAtStartUp() throws Exception {
        Instant threeDaysAgo = Instant.now().minus(Duration.ofDays(3));
        SchedulerFactoryBean before = scheduler();
        installer(Clock.fixed(threeDaysAgo, SHANGHAI), before.getObject()).install();
        Trigger installed = before.getObject().getTrigger(NightlySchedule.TRIGGER);
        assertThat(installed.getNextFireTime()).as("due while the service was down").isBefore(Date.from(Instant.now().minus(Duration.ofDays(1))));
        before.destroy(); // never started: the service is down for three nights

        SchedulerFactoryBean after = scheduler();
        Scheduler scheduler = after.getObject();
        installer(Clock.system(SHANGHAI), scheduler).install();
        scheduler.start();
        try {
            await().atMost(Duration.ofMinutes(1)).until(() -> runs.get() > 0
                    && scheduler.getTrigger(NightlySchedule.TRIGGER).getNextFireTime().after(new Date()));

            assertThat(runs.get()).as("one catch-up run for three missed nights").isEqualTo(1);
            assertThat(scheduler.getTrigger(NightlySchedule.TRIGGER).getNextFireTime().toInstant().atZone(SHANGHAI)
                    .toLocalTime()).hasToString("01:30");
        } finally {
            after.destroy();
        }
    }

    private ScheduleInstaller installer(Clock clock, Scheduler scheduler) {
        BusinessCalendar calendar = new BusinessCalendar(JdbcClient.create(dataSource), clock);
        NightlySchedule schedule = new NightlySchedule(
                new ScheduleProperties(true, "0 30 1 * * ?", SHANGHAI, false, Duration.ZERO), calendar, clock);
        return new ScheduleInstaller(schedule, calendar, clock, scheduler);
    }

    /** As application-serve.yml configures Boot's scheduler; the job counts instead of starting a run. */
    private SchedulerFactoryBean scheduler() throws Exception {
        SchedulerFactoryBean factory = new SchedulerFactoryBean();
        factory.setDataSource(dataSource);
        factory.setTransactionManager(new DataSourceTransactionManager(dataSource));
        factory.setSchedulerName(schedulerName);
        Properties properties = new Properties();
        properties.put("org.quartz.scheduler.instanceId", "AUTO");
        properties.put("org.quartz.jobStore.isClustered", "true");
        properties.put("org.quartz.threadPool.threadCount", "1");
        properties.put("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
        factory.setQuartzProperties(properties);
        factory.setJobFactory((bundle, scheduler) -> (Job) context -> runs.incrementAndGet());
        factory.setAutoStartup(false);
        factory.afterPropertiesSet();
        return factory;
    }
}

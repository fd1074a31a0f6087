package org.jianbao.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.quartz.Job;
import org.quartz.Scheduler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;

/**
 * Two {@code serve} instances on one PostgreSQL: the missed night is run once, by one of them — Quartz's cluster
 * lock, with the V70 tables and the delegate {@code serve} picks for PostgreSQL. Runs when
 * JIANBAO_TEST_POSTGRES_URL (and _USER, _PASSWORD) name a server, as PostgresJobTest; each run in a fresh schema.
 */
class ClusteredScheduleTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final AtomicInteger runs = new AtomicInteger();

    @Test
    void twoInstancesOnOneDatabaseRunTheMissedNightOnce() throws Exception {
        String url = System.getenv("JIANBAO_TEST_POSTGRES_URL");
        assumeTrue(url != null, "JIANBAO_TEST_POSTGRES_URL is not set: clustered schedule test skipped");
        String schema = "cluster_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                System.getenv("JIANBAO_TEST_POSTGRES_USER"), System.getenv("JIANBAO_TEST_POSTGRES_PASSWORD"));
        Flyway.configure().dataSource(dataSource).schemas(schema).createSchemas(true)
                .locations("classpath:db/migration/common", "classpath:db/migration/postgresql").load().migrate();
        assertThat(ScheduleConfiguration.delegateFor(dataSource)).isEqualTo("org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");

        SchedulerFactoryBean first = scheduler(dataSource, "one");
        SchedulerFactoryBean second = scheduler(dataSource, "two");
        try {
            // Installed three days ago, both instances down since.
            installer(dataSource, Clock.fixed(Instant.now().minus(Duration.ofDays(3)), SHANGHAI), first.getObject()).install();
            installer(dataSource, Clock.system(SHANGHAI), second.getObject()).install();
            first.getObject().start();
            second.getObject().start();
            Scheduler any = first.getObject();

            await().atMost(Duration.ofMinutes(1)).until(() -> runs.get() > 0
                    && any.getTrigger(NightlySchedule.TRIGGER).getNextFireTime().after(new Date()));
            assertThat(runs.get()).as("one run for the cluster").isEqualTo(1);
        } finally {
            first.destroy();
            second.destroy();
            JdbcClient.create(dataSource).sql("drop schema " + schema + " cascade").update();
        }
    }

    private static ScheduleInstaller installer(DataSource dataSource, Clock clock, Scheduler scheduler) {
        BusinessCalendar calendar = new BusinessCalendar(JdbcClient.create(dataSource), clock);
        NightlySchedule schedule = new NightlySchedule(new ScheduleProperties(true, "0 30 1 * * ?", SHANGHAI, false, Duration.ZERO),
                calendar, clock);
        return new ScheduleInstaller(schedule, calendar, clock, scheduler);
    }

    private SchedulerFactoryBean scheduler(DataSource dataSource, String instance) throws Exception {
        SchedulerFactoryBean factory = new SchedulerFactoryBean();
        factory.setDataSource(dataSource);
        factory.setTransactionManager(new DataSourceTransactionManager(dataSource));
        factory.setSchedulerName("jianbao");
        Properties properties = new Properties();
        properties.put("org.quartz.scheduler.instanceId", instance);
        properties.put("org.quartz.jobStore.isClustered", "true");
        properties.put("org.quartz.threadPool.threadCount", "1");
        properties.put("org.quartz.jobStore.driverDelegateClass", ScheduleConfiguration.delegateFor(dataSource));
        factory.setQuartzProperties(properties);
        factory.setJobFactory((bundle, scheduler) -> (Job) context -> runs.incrementAndGet());
        factory.setAutoStartup(false);
        factory.afterPropertiesSet();
        return factory;
    }
}

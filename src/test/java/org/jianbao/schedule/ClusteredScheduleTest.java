package org.jianbao.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
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
    private final Queue<Date> fired = new ConcurrentLinkedQueue<>();

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

    /**
     * The ordinary path, not a catch-up: both instances running, one trigger due every two seconds. Each of its
     * fire times is executed once across the two — by whichever acquired it — never by both.
     */
    @Test
    void twoRunningInstancesExecuteEachFireTimeOfOneTriggerOnce() throws Exception {
        String url = System.getenv("JIANBAO_TEST_POSTGRES_URL");
        assumeTrue(url != null, "JIANBAO_TEST_POSTGRES_URL is not set: clustered schedule test skipped");
        DataSource dataSource = freshSchema(url);
        SchedulerFactoryBean first = scheduler(dataSource, "one");
        SchedulerFactoryBean second = scheduler(dataSource, "two");
        try {
            installer(dataSource, Clock.system(SHANGHAI), first.getObject(), "*/2 * * * * ?").install();
            installer(dataSource, Clock.system(SHANGHAI), second.getObject(), "*/2 * * * * ?").install();
            first.getObject().start();
            second.getObject().start();

            await().atMost(Duration.ofMinutes(2)).until(() -> fired.size() >= 6);
            first.getObject().standby();
            second.getObject().standby();
            List<Date> times = List.copyOf(fired);
            assertThat(times).as("every fire time once, whichever instance ran it").doesNotHaveDuplicates();
            assertThat(runs.get()).isEqualTo(times.size());
        } finally {
            first.destroy();
            second.destroy();
            JdbcClient.create(dataSource).sql("drop schema " + currentSchema + " cascade").update();
        }
    }

    private String currentSchema;

    private DataSource freshSchema(String url) {
        currentSchema = "cluster_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                url + (url.contains("?") ? "&" : "?") + "currentSchema=" + currentSchema,
                System.getenv("JIANBAO_TEST_POSTGRES_USER"), System.getenv("JIANBAO_TEST_POSTGRES_PASSWORD"));
        Flyway.configure().dataSource(dataSource).schemas(currentSchema).createSchemas(true)
                .locations("classpath:db/migration/common", "classpath:db/migration/postgresql").load().migrate();
        return dataSource;
    }

    private static ScheduleInstaller installer(DataSource dataSource, Clock clock, Scheduler scheduler) {
        return installer(dataSource, clock, scheduler, "0 30 1 * * ?");
    }

    private static ScheduleInstaller installer(DataSource dataSource, Clock clock, Scheduler scheduler, String cron) {
        BusinessCalendar calendar = new BusinessCalendar(JdbcClient.create(dataSource), clock);
        NightlySchedule schedule = new NightlySchedule(new ScheduleProperties(true, cron, SHANGHAI, false, Duration.ZERO),
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
        factory.setJobFactory((bundle, scheduler) -> (Job) context -> {
            runs.incrementAndGet();
            fired.add(context.getScheduledFireTime());
        });
        factory.setAutoStartup(false);
        factory.afterPropertiesSet();
        return factory;
    }
}

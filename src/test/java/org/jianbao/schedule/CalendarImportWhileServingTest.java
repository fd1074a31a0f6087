package org.jianbao.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.Job;
import org.quartz.Scheduler;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;

import org.jianbao.JianbaoApplication;

/**
 * {@code calendar import} typed in another terminal while {@code serve} runs: the command reaches the embedded
 * database through H2's mixed mode, and the running scheduler takes the new calendar without a restart — the next
 * workday it was going to fire on, now a holiday, is skipped.
 */
class CalendarImportWhileServingTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path dir;

    @Test
    void aHolidayImportedFromAnotherProcessMovesTheRunningSchedulersNextFire() throws Exception {
        String url = "jdbc:h2:file:" + Path.of("target/test-data/calendar-" + UUID.randomUUID()).toAbsolutePath()
                + ";AUTO_SERVER=TRUE";
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("sa");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/common", "classpath:db/migration/h2")
                .load().migrate();
        // The service's pool keeps the database open, and with it H2's server for other processes; a data source
        // without a pool closes the database with its last connection, and the command then races this process
        // to reopen the file ("Another process was faster"). One connection held for the test is the pool.
        try (java.sql.Connection held = dataSource.getConnection()) {
            run(dataSource, url);
        }
    }

    private void run(JdbcDataSource dataSource, String url) throws Exception {
        Clock clock = Clock.system(SHANGHAI);
        BusinessCalendar calendar = new BusinessCalendar(JdbcClient.create(dataSource), clock);
        ScheduleProperties properties = new ScheduleProperties(true, "0 30 1 * * ?", SHANGHAI, true, Duration.ofSeconds(1));
        NightlySchedule schedule = new NightlySchedule(properties, calendar, clock);

        SchedulerFactoryBean factory = scheduler(dataSource);
        Scheduler scheduler = factory.getObject();
        CalendarRefresh refresh = new CalendarRefresh(calendar, properties, scheduler);
        try {
            new ScheduleInstaller(schedule, calendar, clock, scheduler).install();
            scheduler.start();
            refresh.afterPropertiesSet();
            LocalDate due = nextFireDay(scheduler);
            assertThat(refresh.refresh()).as("nothing changed yet").isFalse();

            Path file = Files.writeString(dir.resolve("arrangement.csv"),
                    "date,kind,name,name_zh\n" + due + ",holiday,Test Day,测试假日\n", StandardCharsets.UTF_8);
            Process command = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                    JianbaoApplication.class.getName(), "calendar", "import", file.toString(),
                    "--spring.datasource.url=" + url)
                    .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("command.out").toFile()).start();
            assertThat(command.waitFor(5, TimeUnit.MINUTES)).isTrue();
            assertThat(command.exitValue()).as(Files.readString(dir.resolve("command.out"))).isZero();
            assertThat(calendar.workdays(SHANGHAI).isWorkday(due)).as("the command wrote the table").isFalse();

            // The service's own check (every second here) brings it into the scheduler: no restart.
            await().atMost(Duration.ofMinutes(2)).until(() -> nextFireDay(scheduler).isAfter(due));
            LocalDate next = nextFireDay(scheduler);
            assertThat(((WorkdayCalendar) scheduler.getCalendar(NightlySchedule.CALENDAR)).isWorkday(due)).isFalse();
            assertThat(schedule.nextFireTimes(1)).singleElement()
                    .satisfies(t -> assertThat(t.toLocalDate()).isEqualTo(next));
            assertThat(refresh.refresh()).as("already in step").isFalse();
        } finally {
            refresh.destroy();
            factory.destroy();
        }
    }

    private static LocalDate nextFireDay(Scheduler scheduler) throws Exception {
        return scheduler.getTrigger(NightlySchedule.TRIGGER).getNextFireTime().toInstant().atZone(SHANGHAI).toLocalDate();
    }

    /** As application-serve.yml configures Boot's scheduler; the job does nothing (no fire is due during the test). */
    private static SchedulerFactoryBean scheduler(JdbcDataSource dataSource) throws Exception {
        SchedulerFactoryBean factory = new SchedulerFactoryBean();
        factory.setDataSource(dataSource);
        factory.setTransactionManager(new DataSourceTransactionManager(dataSource));
        factory.setSchedulerName("calendar-" + UUID.randomUUID());
        Properties properties = new Properties();
        properties.put("org.quartz.scheduler.instanceId", "AUTO");
        properties.put("org.quartz.jobStore.isClustered", "true");
        properties.put("org.quartz.threadPool.threadCount", "1");
        properties.put("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
        factory.setQuartzProperties(properties);
        factory.setJobFactory((bundle, s) -> (Job) context -> { });
        factory.setAutoStartup(false);
        factory.afterPropertiesSet();
        return factory;
    }
}

package org.jianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import picocli.CommandLine;

import org.jianbao.user.Role;
import org.jianbao.user.UserAccounts;

/** The commands that manage the service: users, schedule, calendar. Real context, real H2 file database. */
@SpringBootTest
@ActiveProfiles("test")
class ServiceCommandsTest {

    @org.springframework.test.context.DynamicPropertySource
    static void output(org.springframework.test.context.DynamicPropertyRegistry registry) {
        registry.add("jianbao.output-dir", () -> "target/test-output/service-commands-" + System.nanoTime());
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    List<CliCommand> commands;
    @Autowired
    UserAccounts accounts;

    private StringWriter out;
    private StringWriter err;

    private int jianbao(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return new JianbaoCommandLine(command -> context,
                StandaloneServices.withFonts(null), new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void usersAddPrintsARandomPasswordOnceAndStoresOnlyItsHash() {
        assertThat(jianbao("users", "add", "zhang", "--role", "operator")).as(err.toString()).isZero();
        String password = out.toString().strip().replaceFirst(".*password: ", "");
        assertThat(password).hasSizeGreaterThanOrEqualTo(20);
        var stored = accounts.find("zhang").orElseThrow();
        assertThat(stored.role()).isEqualTo(Role.OPERATOR);
        assertThat(stored.passwordHash()).startsWith("$2").doesNotContain(password);
        assertThat(accounts.encoder().matches(password, stored.passwordHash())).isTrue();

        assertThat(jianbao("users", "passwd", "zhang")).isZero();
        String changed = out.toString().strip().replaceFirst(".*: ", "");
        assertThat(accounts.encoder().matches(changed, accounts.find("zhang").orElseThrow().passwordHash())).isTrue();

        assertThat(jianbao("users", "add", "zhang", "--role", "viewer")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("user zhang exists already");
        assertThat(jianbao("users", "add", "li", "--role", "boss")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("role boss: expected viewer, operator or admin");
        assertThat(jianbao("users", "passwd", "nobody")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(jianbao("users")).isZero();
        assertThat(out.toString()).contains("zhang operator");
    }

    @Test
    void scheduleShowsTheCronAndTheNextFiveTimes() {
        assertThat(jianbao("schedule")).as(err.toString()).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo("cron '0 30 1 * * ?', Asia/Shanghai, workdays only");
        assertThat(lines.subList(1, 6)).allMatch(l -> l.matches("  \\d{4}-\\d\\d-\\d\\d 周. 01:30"));
        // Whatever today is: no weekend day, except the make-up workdays of the shipped calendar.
        List<String> makeUpDays = List.of("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10");
        assertThat(lines.subList(1, 6)).noneMatch(l -> (l.contains("周六") || l.contains("周日"))
                && makeUpDays.stream().noneMatch(l::contains));
    }

    @Test
    void calendarImportRefusesABadFileWithItsProblemsAndLoadsAGoodOne(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("2027.csv");
        Files.writeString(bad, "date,kind,name\n2027-02-30,holiday,春节\n");
        assertThat(jianbao("calendar", "import", bad.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(out.toString()).contains(bad + ": refused, nothing loaded (1 problem)")
                .contains(bad + ":2: '2027-02-30' is not a date like 2026-10-01");

        Path good = dir.resolve("cn-holidays-2027.csv");
        Files.writeString(good, "date,kind,name,name_zh\n2027-01-01,holiday,New Year's Day,元旦\n");
        assertThat(jianbao("calendar", "import", good.toString())).isZero();
        assertThat(jianbao("calendar")).isZero();
        assertThat(out.toString()).contains("2026-10-10 班 国庆节").contains("2027-01-01 休 元旦");
    }

    @Test
    void jobsListsTheRunsAndRestartRefusesOneThatDidNotFail() {
        assertThat(jianbao("run", "--only", "briefing", "--period", "2026-06")).as(err.toString()).isZero();
        assertThat(jianbao("jobs")).isZero();
        String line = out.toString().lines().filter(l -> l.contains("2026-06")).findFirst().orElseThrow();
        assertThat(line).containsPattern("^\\s*\\d+  \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d  COMPLETED +\\[1/1\\] +command +2026-06 briefing$");
        long id = Long.parseLong(line.strip().split(" ")[0]);

        assertThat(jianbao("restart", String.valueOf(id))).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString().strip()).isEqualTo("run " + id + " is COMPLETED: only a failed or stopped run can be restarted");
        assertThat(jianbao("restart", "999999")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString().strip()).isEqualTo("no run 999999");
    }
}

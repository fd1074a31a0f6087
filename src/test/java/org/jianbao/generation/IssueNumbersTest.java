package org.jianbao.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class IssueNumbersTest {

    @Autowired
    IssueNumbers issues;

    @Test
    void aPeriodKeepsItsNumberAndANewPeriodTakesTheNext() {
        assertThat(issues.issueFor("甲区", YearMonth.of(2026, 9))).isEqualTo(1);
        assertThat(issues.issueFor("甲区", YearMonth.of(2026, 10))).isEqualTo(2);
        assertThat(issues.issueFor("甲区", YearMonth.of(2026, 9))).isEqualTo(1);
        assertThat(issues.issueFor("甲区", YearMonth.of(2026, 10))).isEqualTo(2);
    }

    @Test
    void numbersRestartEachYearAndPerUnit() {
        assertThat(issues.issueFor("乙区", YearMonth.of(2025, 12))).isEqualTo(1);
        assertThat(issues.issueFor("乙区", YearMonth.of(2026, 1))).isEqualTo(1);
        assertThat(issues.issueFor("丙区", YearMonth.of(2026, 1))).isEqualTo(1);
        assertThat(issues.issueFor("乙区", YearMonth.of(2026, 2))).isEqualTo(2);
    }

    @Test
    void anOfficeSetsTheFirstNumberOfTheYearAndTheRegisterContinuesFromIt() {
        var numbers = new IssueNumbers(jdbc, java.time.Clock.systemUTC(), transactions,
                new BriefingProperties("示范区党政办公室", java.util.List.of(), java.util.List.of(), java.util.List.of(), 30, 12));
        assertThat(numbers.issueFor("丁区", YearMonth.of(2026, 11))).isEqualTo(12);
        assertThat(numbers.issueFor("丁区", YearMonth.of(2026, 12))).isEqualTo(13);
        assertThat(numbers.issueFor("丁区", YearMonth.of(2026, 11))).isEqualTo(12);
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;
}

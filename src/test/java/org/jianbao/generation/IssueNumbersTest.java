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
}

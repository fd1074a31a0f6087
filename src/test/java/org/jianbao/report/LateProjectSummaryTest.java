package org.jianbao.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class LateProjectSummaryTest {

    @Test
    void countsManyPerDepartmentAndNamesTheLongestOverdue() {
        List<LateProject> late = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            String department = i % 3 == 0 ? "经发局" : "投资服务局";
            late.add(new LateProject("项目" + i, department, null, LocalDate.of(2026, 10 - i, 1)));
        }

        String summary = ProblemRules.lateSummary(late);

        // earliest planned start first: 项目9 (January) … 项目5 (May); then everything counted
        // many: counted per department (most first, two named), and the longest overdue named
        assertThat(summary).isEqualTo("其中投资服务局6个、经发局3个；延误最久的项目9计划2026年1月开工。");
    }

    @Test
    void aFewLateProjectsAreAllNamed() {
        List<LateProject> late = List.of(new LateProject("甲", "科技局", "李四", LocalDate.of(2026, 3, 1)));

        assertThat(ProblemRules.lateSummary(late)).isEqualTo("分别是甲（科技局，计划2026年3月开工）。");
    }
}

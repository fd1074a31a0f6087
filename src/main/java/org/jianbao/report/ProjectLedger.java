package org.jianbao.report;

import java.util.List;

/**
 * The key-project ledger for the period: one {@link ProjectCounts} per list and the projects behind schedule.
 *
 * @param lists          the lists in the order the briefing shows them (招引项目 first, then 重点项目)
 * @param lateProjects   projects past their planned start without having started
 * @param lateProduction projects past their planned production date without producing
 */
public record ProjectLedger(List<ProjectCounts> lists, List<LateProject> lateProjects, List<LateProduction> lateProduction) {

    public ProjectLedger {
        lists = List.copyOf(lists);
        lateProjects = List.copyOf(lateProjects);
        lateProduction = lateProduction == null ? List.of() : List.copyOf(lateProduction);
    }

    public ProjectLedger(List<ProjectCounts> lists, List<LateProject> lateProjects) {
        this(lists, lateProjects, List.of());
    }

    public static ProjectLedger empty() {
        return new ProjectLedger(List.of(), List.of(), List.of());
    }
}

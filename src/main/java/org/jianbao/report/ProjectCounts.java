package org.jianbao.report;

/**
 * The ledger numbers of one project list (the speech's 254 projects attracted last year, its 130 key projects).
 *
 * <p>Rules: 开工率 = started / (total − terminated): a terminated project can never start, so it leaves the
 * denominator. 投产率 = in production among the projects due to produce by the end of this year / those due: a
 * project planned to produce next year is not behind for not producing now. Both null when there is nothing to
 * divide by.
 *
 * @param category      the list's name as the speech says it ({@code 招引项目}, {@code 重点项目})
 * @param total         projects on the list, terminated ones included (the speech counts "254个项目" as listed)
 * @param signed        projects with a signed agreement
 * @param started       projects whose construction has started
 * @param inProduction  projects in production (投产), whenever they were due
 * @param terminated    projects terminated (已终止)
 * @param dueThisYear   projects (not terminated) planned to produce by the end of the period's year
 * @param producedOfDue those of {@code dueThisYear} in production
 */
public record ProjectCounts(String category, int total, int signed, int started, int inProduction, int terminated,
        int dueThisYear, int producedOfDue) {

    /** Counts without terminations or production plans: every project due, as older ledgers have no plan dates. */
    public ProjectCounts(String category, int total, int signed, int started, int inProduction) {
        this(category, total, signed, started, inProduction, 0, total, inProduction);
    }

    /** 开工率 in percent over the projects not terminated, or null. */
    public Double startRate() {
        int live = total - terminated;
        return live <= 0 ? null : 100.0 * started / live;
    }

    /** 投产率 in percent over the projects due to produce this year, or null when none is due. */
    public Double productionRate() {
        return dueThisYear <= 0 ? null : 100.0 * producedOfDue / dueThisYear;
    }
}

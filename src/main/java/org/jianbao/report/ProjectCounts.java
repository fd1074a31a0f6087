package org.jianbao.report;

/**
 * The ledger numbers of one project list (the speech's 254 projects attracted last year, its 130 key projects).
 *
 * @param category     the list's name as the speech says it ({@code 招引项目}, {@code 重点项目})
 * @param total        projects on the list
 * @param signed       projects with a signed agreement
 * @param started      projects whose construction has started
 * @param inProduction projects in production (投产)
 */
public record ProjectCounts(String category, int total, int signed, int started, int inProduction) {

    /** 开工率 in percent, or null for an empty list. */
    public Double startRate() {
        return total == 0 ? null : 100.0 * started / total;
    }

    /** 投产率 in percent, or null for an empty list. */
    public Double productionRate() {
        return total == 0 ? null : 100.0 * inProduction / total;
    }
}

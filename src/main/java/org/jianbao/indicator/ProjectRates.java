package org.jianbao.indicator;

import java.math.BigDecimal;

/**
 * 开工率 and 投产率 of a category: started (在建, 已竣工, 已投产) and in production (已投产) over all
 * projects of the ledger, terminated ones included, because the speech counts "254个项目" as listed.
 * Rates are percentages with one decimal.
 */
public record ProjectRates(ProjectCategory category, int total, int started, int inProduction, int behindSchedule,
        BigDecimal startRate, BigDecimal productionRate) {
}

package org.jianbao.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One project of the ledger with its latest weekly progress note.
 *
 * @param totalInvestment  亿元
 * @param investedThisYear 亿元 completed in the current year
 */
public record Project(long id, String unit, ProjectCategory category, int year, String name, String park,
        String leader, String dept, BigDecimal totalInvestment, BigDecimal investedThisYear, LocalDate plannedSign,
        LocalDate actualSign, LocalDate plannedStart, LocalDate actualStart, LocalDate plannedCompletion,
        LocalDate actualCompletion, LocalDate plannedProduction, LocalDate actualProduction, ProjectStatus status,
        String latestProgress, LocalDate latestProgressWeek) {

    /** Planned start has passed and the project has not started. */
    public boolean behindSchedule(LocalDate asOf) {
        return plannedStart != null && plannedStart.isBefore(asOf) && actualStart == null && !status.started()
                && status != ProjectStatus.已终止;
    }
}

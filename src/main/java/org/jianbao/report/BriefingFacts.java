package org.jianbao.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Everything the briefing needs besides the speech: the lead's glue fills it from the indicator database,
 * the issue-number table and the configuration.
 *
 * @param unitName       the unit the briefing is about and from ({@code 示范区})
 * @param period         the month the figures run to (1—N月)
 * @param issueNumber    第N期, numbered per unit and year
 * @param date           the date printed in the masthead
 * @param issuingOffice  the office printed left in the masthead ({@code 示范区党政办公室})
 * @param figures        the indicators for the period, in the order of the table
 * @param series         monthly growth of the main indicators, for the chart
 * @param ledger         the key-project ledger
 * @param distribution   the 报尾
 */
public record BriefingFacts(
        String unitName,
        YearMonth period,
        int issueNumber,
        LocalDate date,
        String issuingOffice,
        List<IndicatorFigure> figures,
        List<MonthlySeries> series,
        ProjectLedger ledger,
        Distribution distribution) {

    public BriefingFacts {
        figures = List.copyOf(figures);
        series = List.copyOf(series);
        ledger = ledger == null ? ProjectLedger.empty() : ledger;
    }
}

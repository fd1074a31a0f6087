package org.jianbao.indicator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * What the row checks of one file need: the catalogue, the recognised header, the period named in the
 * title (for bureau sheets without a 统计期 column), today, and the problem list.
 */
record ImportContext(Catalogue catalogue, Header header, Optional<YearMonth> titlePeriod, LocalDate today,
        Problems problems) {
}

package org.jianbao.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * What the study notes need besides the speech.
 *
 * @param unitName the unit studying the speech; also fills the speech's {@code ×区}
 * @param date     the notes' date
 * @param subtitle the subtitle line; null → the speech's own subtitle, else {@value #DEFAULT_SUBTITLE}
 * @param keywords the keywords to print; empty → the speech's own short item headings (经济运行、产业发展…)
 * @param period   the period of the figures (decides whether {@code 7月增速×%} can be filled), or null
 */
public record StudyNotesOptions(String unitName, LocalDate date, String subtitle, List<String> keywords, YearMonth period) {

    public static final String DEFAULT_SUBTITLE = "——理论学习中心组学习材料";

    public StudyNotesOptions {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }

    public StudyNotesOptions(String unitName, LocalDate date) {
        this(unitName, date, null, List.of(), null);
    }
}

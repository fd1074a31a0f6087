package org.jianbao.report;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * File names users understand, without the characters Windows refuses ({@code \/:*?"<>|}).
 * {@code 示范区工作进展简报-2026年第10期}, {@code 县委书记在传达二十届三中全会精神会议上的讲话-学习笔记-2026年11月7日}.
 * Without extension: the caller adds {@code .docx} / {@code .pdf}.
 */
public final class DocumentNames {

    private DocumentNames() {
    }

    /** Numbered per unit and year of the period, as the masthead's 第N期. */
    public static String briefing(String unitName, YearMonth period, int issue) {
        return safe(unitName + "工作进展简报-" + period.getYear() + "年第" + issue + "期");
    }

    public static String studyNotes(String speechTitle, LocalDate date) {
        return safe(speechTitle + "-学习笔记-" + OfficeNumbers.date(date));
    }

    static String safe(String name) {
        return name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
    }
}

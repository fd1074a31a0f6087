package org.jianbao.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

class DocumentNamesTest {

    @Test
    void namesSayWhatTheDocumentIs() {
        assertThat(DocumentNames.briefing("示范区", YearMonth.of(2026, 10), 10)).isEqualTo("示范区工作进展简报-2026年第10期");
        assertThat(DocumentNames.studyNotes("县委书记在传达二十届三中全会精神会议上的讲话", LocalDate.of(2026, 11, 7)))
                .isEqualTo("县委书记在传达二十届三中全会精神会议上的讲话-学习笔记-2026年11月7日");
    }

    @Test
    void charactersWindowsRefusesAreReplaced() {
        assertThat(DocumentNames.studyNotes("讲话:“改革/发展”?", LocalDate.of(2026, 1, 2)))
                .isEqualTo("讲话_“改革_发展”_-学习笔记-2026年1月2日");
    }
}

package org.jianbao.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.jianbao.generation.DocumentKind;

class DocumentTitleTest {

    @Test
    void aBriefingsSubjectIsItsNameWithTheIssueInBrackets() {
        assertThat(DocumentTitle.of(DocumentKind.BRIEFING, "示范区工作进展简报-2026年第1期.docx"))
                .isEqualTo("示范区工作进展简报（2026年第1期）");
    }

    @Test
    void studyNotesNameTheSpeechInTitleMarks() {
        assertThat(DocumentTitle.of(DocumentKind.STUDY_NOTES, "县委书记在传达二十届三中全会精神会议上的讲话-学习笔记-2026年12月6日.docx"))
                .isEqualTo("《县委书记在传达二十届三中全会精神会议上的讲话》学习笔记（2026年12月6日）");
    }
}

package org.jianbao.generation;

import java.nio.file.Path;
import java.time.YearMonth;

/** One document to produce: which kind, from which speech, for which unit and period. */
public sealed interface DocumentRequest {

    Path speech();

    String unit();

    YearMonth period();

    DocumentKind kind();

    /** Study notes on the speech, with the data snapshot of {@code period} for the unit. */
    record StudyNotes(Path speech, String unit, YearMonth period) implements DocumentRequest {
        @Override
        public DocumentKind kind() {
            return DocumentKind.STUDY_NOTES;
        }
    }

    /** The progress briefing of one unit for one month. */
    record Briefing(Path speech, String unit, YearMonth period) implements DocumentRequest {
        @Override
        public DocumentKind kind() {
            return DocumentKind.BRIEFING;
        }
    }
}

package org.jianbao.indicator;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/** What happened to one file. */
public sealed interface ImportResult {

    String file();

    /** Rows written; a corrected file's rows replace earlier values for the same keys. */
    record Imported(String file, FileKind kind, int rows, long importId, ImportStats stats) implements ImportResult {
    }

    /** The same bytes (SHA-256) were imported before: nothing changed. */
    record Unchanged(String file, LocalDateTime importedAt, String importedBy) implements ImportResult {
    }

    /**
     * An inbox file that changed a moment ago (still being copied, perhaps): left where it is, untouched, for the
     * next import.
     */
    record Waiting(String file, Duration changedAgo) implements ImportResult {
    }

    /** Nothing was written; every problem found is listed. */
    record Refused(String file, List<ImportProblem> problems) implements ImportResult {
        public Refused {
            problems = List.copyOf(problems);
        }
    }
}

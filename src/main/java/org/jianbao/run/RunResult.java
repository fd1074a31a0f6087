package org.jianbao.run;

import java.util.List;
import java.util.Optional;

import org.springframework.batch.core.BatchStatus;

import org.jianbao.generation.GeneratedDocuments;

/** What came of a run started and waited for (the {@code run} command). */
public sealed interface RunResult {

    /** Same speech, data and templates as the last complete run: nothing to write. */
    record NothingNew() implements RunResult {
    }

    /** Every document written. */
    record Completed(long runId, List<GeneratedDocuments.Entry> documents) implements RunResult {
    }

    /**
     * Stopped at a document.
     *
     * @param inputProblem a template, the speech or the data needs fixing (then the next run starts afresh)
     * @param causes       the root cause of each failure, one line each
     */
    record Failed(long runId, BatchStatus status, List<GeneratedDocuments.Entry> documents,
                  Optional<RuntimeException> inputProblem, List<String> causes) implements RunResult {
    }
}

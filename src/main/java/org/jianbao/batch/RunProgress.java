package org.jianbao.batch;

/**
 * Where a run's progress stands in the job repository, for whoever follows it from there (the service's pages):
 * the documents step's write count, and these keys of its execution context.
 */
public final class RunProgress {

    /** The step that writes the documents. */
    public static final String STEP = "generateDocuments";
    /** How many documents the run writes (known once the step has opened). */
    public static final String TOTAL = "documents.total";
    /** The document being written now: {@code 工作进展简报 示范区 2026-10}. */
    public static final String NEXT = "documents.next";

    private RunProgress() {
    }
}

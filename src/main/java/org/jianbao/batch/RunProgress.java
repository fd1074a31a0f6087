package org.jianbao.batch;

/**
 * Where a run's progress stands in the job repository, for whoever follows it from there (the service's pages):
 * these keys of the execution context of each partition of the documents step, and its read count.
 */
public final class RunProgress {

    /** The step that writes the documents (it splits them into partitions and sums them up). */
    public static final String STEP = "generateDocuments";
    /** The step each partition runs; its executions are named {@code generateDocumentsPartition:p00}, {@code :p01}… */
    public static final String PARTITION_STEP = "generateDocumentsPartition";
    /** How many documents the partition writes (known once the step has split the run). */
    public static final String TOTAL = "documents.total";
    /** The document being written now: {@code 工作进展简报 示范区 2026-10}. */
    public static final String NEXT = "documents.next";

    private RunProgress() {
    }
}

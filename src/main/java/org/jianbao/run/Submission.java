package org.jianbao.run;

/** What came of a request to start a run in the background (pages, API, schedule). */
public sealed interface Submission {

    /** The run, by id, that the caller can follow. */
    long runId();

    /** A new run, now queued or running. */
    record Started(long runId) implements Submission {
    }

    /** The same run was already going: the request joined it instead of starting a second one. */
    record Joined(long runId) implements Submission {
    }

    /** Nothing changed since this complete run; its documents are current. */
    record NothingNew(long runId) implements Submission {
    }
}

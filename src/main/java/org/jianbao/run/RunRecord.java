package org.jianbao.run;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A run as the history shows it: no file paths, only what staff need to follow it.
 *
 * @param startedBy  {@code command}, {@code schedule} or {@code user:NAME}
 * @param written    documents written so far (also after a restart: counted across the run's attempts)
 * @param total      documents the run writes, once known (after the import step)
 * @param current    the document being written, while it runs
 * @param cause      the one-line cause of a failure
 * @param documents  ids of the documents this execution wrote
 */
public record RunRecord(long id, String status, LocalDateTime start, Optional<LocalDateTime> end, String startedBy,
                        String units, String period, String documentKinds, int written, Optional<Integer> total,
                        Optional<String> current, int warnings, Optional<String> cause, List<Long> documents) {

    public boolean running() {
        return status.equals("STARTING") || status.equals("STARTED") || status.equals("STOPPING");
    }

    public boolean restartable() {
        return status.equals("FAILED") || status.equals("STOPPED");
    }

    /** {@code [3/40]}, as the log shows it. */
    public String progress() {
        return "[" + written + "/" + total.map(String::valueOf).orElse("?") + "]";
    }
}

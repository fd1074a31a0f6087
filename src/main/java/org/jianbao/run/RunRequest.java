package org.jianbao.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A request to run the documents job, as an entrance (command, schedule, page, API) received it: still
 * unchecked text. {@link RunPlanner} turns it into a plan or says in one line what is wrong.
 *
 * @param speech the speech file; empty for the configured one
 * @param units  units to brief; empty for the default unit and the configured other units
 * @param period the month as typed ({@code 2026-10}); empty for the latest month with data
 * @param only   documents by name ({@code study-notes}, {@code briefing}); empty for all
 * @param force  run even when nothing changed since the last complete run
 * @param allUnits every unit that has data for the period instead of {@code units} (a city office's run over all
 *                 its districts); the period is then the latest month of any unit unless given
 */
public record RunRequest(Optional<Path> speech, List<String> units, Optional<String> period, List<String> only,
                         boolean force, boolean allUnits) {

    public RunRequest {
        units = List.copyOf(units);
        only = List.copyOf(only);
    }

    /** Named units (none: the configured ones). */
    public RunRequest(Optional<Path> speech, List<String> units, Optional<String> period, List<String> only,
                      boolean force) {
        this(speech, units, period, only, force, false);
    }

    /** Everything as configured: what the nightly schedule asks for. */
    public static RunRequest configured() {
        return new RunRequest(Optional.empty(), List.of(), Optional.empty(), List.of(), false);
    }
}

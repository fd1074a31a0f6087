package org.jianbao.batch;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import org.jianbao.generation.DocumentKind;

/**
 * What one run of the documents job produces. It travels as job parameters; together with the
 * fingerprints of its inputs it identifies the run, so a nightly run with nothing new is a no-op.
 *
 * @param speech the speech file
 * @param units  the units to brief; the study notes are written once, for the first
 * @param period the month to report on, or empty for the latest month with data per unit
 * @param kinds  which documents
 */
public record RunPlan(Path speech, List<String> units, Optional<YearMonth> period, Set<DocumentKind> kinds) {

    static final String SPEECH = "speech";
    static final String UNITS = "units";
    static final String PERIOD = "period";
    static final String KINDS = "documents";
    static final String LATEST = "latest";

    public RunPlan {
        if (units.isEmpty()) {
            throw new IllegalArgumentException("a run needs at least one unit");
        }
        units = List.copyOf(units);
        kinds = kinds.isEmpty() ? EnumSet.noneOf(DocumentKind.class) : EnumSet.copyOf(kinds);
    }

    JobParametersBuilder toParameters() {
        return new JobParametersBuilder()
                .addString(SPEECH, speech.toString())
                .addString(UNITS, String.join(",", units))
                .addString(PERIOD, period.map(YearMonth::toString).orElse(LATEST))
                .addString(KINDS, kinds.stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
    }

    /** From the step scope's {@code #{jobParameters}} map. */
    static RunPlan from(Map<String, Object> parameters) {
        String period = String.valueOf(parameters.getOrDefault(PERIOD, LATEST));
        return new RunPlan(
                Path.of(String.valueOf(parameters.get(SPEECH))),
                Arrays.asList(String.valueOf(parameters.get(UNITS)).split(",")),
                LATEST.equals(period) ? Optional.empty() : Optional.of(YearMonth.parse(period)),
                Arrays.stream(String.valueOf(parameters.get(KINDS)).split(",")).map(DocumentKind::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(DocumentKind.class))));
    }
}

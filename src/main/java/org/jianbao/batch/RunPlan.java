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

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.jianbao.generation.DocumentKind;

/**
 * What one run of the documents job produces. It travels as job parameters; together with the
 * fingerprints of its inputs it identifies the run, so a nightly run with nothing new is a no-op.
 *
 * @param speech   the speech file
 * @param units    the units to brief, in order; empty when {@code allUnits}. The study notes are written once, for
 *                 the first unit
 * @param allUnits every unit that has data for the period, resolved when the documents step starts (after the
 *                 import step, so data imported by this run counts)
 * @param period   the month to report on, or empty for the latest month with data (per named unit; for all units,
 *                 the latest month of any unit)
 * @param kinds    which documents
 */
public record RunPlan(Path speech, List<String> units, boolean allUnits, Optional<YearMonth> period,
                      Set<DocumentKind> kinds) {

    static final String SPEECH = "speech";
    static final String UNITS = "units";
    static final String PERIOD = "period";
    static final String KINDS = "documents";
    static final String LATEST = "latest";
    /** The {@value #UNITS} parameter of a run over every unit with data (a JSON list is never this). */
    static final String ALL_UNITS = "all";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public RunPlan {
        if (allUnits != units.isEmpty()) {
            throw new IllegalArgumentException(allUnits ? "all units, or a list of units, not both"
                    : "a run needs at least one unit");
        }
        units = List.copyOf(units);
        kinds = kinds.isEmpty() ? EnumSet.noneOf(DocumentKind.class) : EnumSet.copyOf(kinds);
    }

    /** The named units. */
    public RunPlan(Path speech, List<String> units, Optional<YearMonth> period, Set<DocumentKind> kinds) {
        this(speech, units, false, period, kinds);
    }

    /** Every unit that has data for the period. */
    public static RunPlan allUnits(Path speech, Optional<YearMonth> period, Set<DocumentKind> kinds) {
        return new RunPlan(speech, List.of(), true, period, kinds);
    }

    JobParametersBuilder toParameters() {
        return new JobParametersBuilder()
                .addString(SPEECH, speech.toString())
                // A JSON list: a unit's name is the user's text and may hold any character, a comma included.
                .addString(UNITS, allUnits ? ALL_UNITS : JSON.writeValueAsString(units))
                .addString(PERIOD, period.map(YearMonth::toString).orElse(LATEST))
                .addString(KINDS, kinds.stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
    }

    /** From the step scope's {@code #{jobParameters}} map. */
    static RunPlan from(Map<String, Object> parameters) {
        String period = String.valueOf(parameters.getOrDefault(PERIOD, LATEST));
        String units = String.valueOf(parameters.get(UNITS));
        return new RunPlan(
                Path.of(String.valueOf(parameters.get(SPEECH))),
                ALL_UNITS.equals(units) ? List.of() : units(units),
                ALL_UNITS.equals(units),
                LATEST.equals(period) ? Optional.empty() : Optional.of(YearMonth.parse(period)),
                Arrays.stream(String.valueOf(parameters.get(KINDS)).split(",")).map(DocumentKind::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(DocumentKind.class))));
    }

    /** The units of a recorded run as people read them: {@code 示范区、高新区}, or that it covered every unit with data. */
    public static String unitsShown(JobParameters parameters) {
        String units = parameters.getString(UNITS, "");
        if (units.isEmpty()) {
            return "";
        }
        return ALL_UNITS.equals(units) ? "全部有数据的单位" : String.join("、", units(units));
    }

    /**
     * The named units of the parameter: a JSON list, or (runs recorded before the list was JSON, still restartable)
     * names joined with commas.
     */
    private static List<String> units(String parameter) {
        if (parameter.startsWith("[")) {
            return JSON.readValue(parameter, new TypeReference<List<String>>() {
            });
        }
        return Arrays.asList(parameter.split(","));
    }
}

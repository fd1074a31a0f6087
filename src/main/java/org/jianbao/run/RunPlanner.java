package org.jianbao.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import org.jianbao.batch.RunPlan;
import org.jianbao.generation.DocumentKind;
import org.jianbao.generation.JianbaoProperties;
import org.jianbao.generation.ReportFacts;
import org.jianbao.generation.SpeechLibrary;
import org.jianbao.indicator.IndicatorProperties;
import org.jianbao.speech.SpeechInputException;

/**
 * Decides what a run writes: which speech, units, month and documents. Every entrance goes through here, so a
 * request from a page and the same request typed as {@code run} options become the same plan, or fail with the
 * same one-line message (named after the command's options, which the API's fields follow).
 */
@Component
public class RunPlanner {

    private final JianbaoProperties properties;
    private final SpeechLibrary speeches;
    private final ReportFacts facts;
    private final IndicatorProperties indicatorProperties;

    RunPlanner(JianbaoProperties properties, SpeechLibrary speeches, ReportFacts facts,
               IndicatorProperties indicatorProperties) {
        this.properties = properties;
        this.speeches = speeches;
        this.facts = facts;
        this.indicatorProperties = indicatorProperties;
    }

    public RunPlan plan(RunRequest request) {
        Path speechFile = request.speech().orElse(properties.speech());
        if (!Files.isRegularFile(speechFile)) {
            throw new RunRequestException(speechFile + ": speech file not found");
        }
        try {
            speeches.analyse(speechFile); // fail before any work on a file that is not a readable speech
        } catch (SpeechInputException e) {
            throw new RunRequestException(e.getMessage(), e);
        }
        Optional<YearMonth> month = request.period().map(RunPlanner::parsePeriod);
        EnumSet<DocumentKind> kinds = request.only().isEmpty()
                ? EnumSet.allOf(DocumentKind.class) : EnumSet.noneOf(DocumentKind.class);
        for (String name : request.only()) {
            kinds.add(kind(name));
        }
        Path speech = speechFile.toAbsolutePath().normalize();
        if (request.allUnits()) {
            if (!request.units().isEmpty()) {
                throw new RunRequestException("--all-units or --unit, not both");
            }
            // Which units have data is decided when the documents step starts, after this run's import.
            return RunPlan.allUnits(speech, month, kinds);
        }
        request.units().forEach(this::knownUnit);
        List<String> unitNames = request.units().isEmpty() ? configuredUnits() : request.units();
        return new RunPlan(speech, unitNames, month, kinds);
    }

    /** A document by the name the command line and the API use. */
    public static DocumentKind kind(String name) {
        return switch (name) {
            case "study-notes" -> DocumentKind.STUDY_NOTES;
            case "briefing" -> DocumentKind.BRIEFING;
            default -> throw new RunRequestException("--only " + name + ": expected study-notes or briefing");
        };
    }

    /** A unit the database knows, or the one-line error listing the units it does know. */
    public String knownUnit(String unit) {
        if (!facts.knowsUnit(unit)) {
            throw new RunRequestException("--unit " + unit + ": unknown unit; known: " + String.join("、", facts.unitNames()));
        }
        return unit;
    }

    public static YearMonth parsePeriod(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new RunRequestException("--period " + text + ": expected a month like 2026-10");
        }
    }

    /** The default unit, then the further units a city office reports on (jianbao.indicator.other-units). */
    private List<String> configuredUnits() {
        List<String> all = new ArrayList<>();
        all.add(facts.defaultUnit());
        indicatorProperties.otherUnits().stream().filter(u -> !all.contains(u)).forEach(all::add);
        return all;
    }
}

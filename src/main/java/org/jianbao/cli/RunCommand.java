package org.jianbao.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

import org.jianbao.batch.JobRunner;
import org.jianbao.batch.RunParameters;
import org.jianbao.batch.RunPlan;
import org.jianbao.distribution.Distributor;
import org.jianbao.generation.DocumentKind;
import org.jianbao.generation.GeneratedDocuments;
import org.jianbao.generation.InputProblem;
import org.jianbao.generation.JianbaoProperties;
import org.jianbao.generation.ReportFacts;
import org.jianbao.generation.SpeechLibrary;
import org.jianbao.indicator.IndicatorProperties;
import org.jianbao.speech.SpeechInputException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Component
// picocli keeps parsed options in the command object: a fresh one per command line, never a shared singleton.
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {
                "Runs the main job: imports new data, then writes the study notes and one briefing per unit (.docx + .pdf).",
                "",
                "Imports the shipped samples on first run, then whatever was dropped into the inbox; analyses the",
                "speech; writes every document into output/<period>/ and prints the paths. A run whose speech, data",
                "and templates are unchanged since the last complete run does nothing; --force writes them again.",
                "After a failure of the system (a full disk), the same command resumes at the document that failed;",
                "a problem in a template, the speech or the data is reported in one line (exit 2)."})
class RunCommand implements CliCommand, Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--speech", paramLabel = "FILE", description = "the speech (.txt or .docx); default: ${DEFAULT-VALUE} (jianbao.speech)")
    Path speech;

    @Option(names = "--unit", paramLabel = "UNIT", description = "a unit to brief (repeatable); default: the default unit and jianbao.indicator.other-units")
    List<String> units = new ArrayList<>();

    @Option(names = "--period", paramLabel = "YYYY-MM", description = "the month to report on; default: the latest month with data")
    String period;

    @Option(names = "--only", paramLabel = "DOC", description = "only these documents: study-notes, briefing (repeatable)")
    List<String> only = new ArrayList<>();

    @Option(names = "--force", description = "run even when nothing changed since the last complete run")
    boolean force;

    @Option(names = "--recover", description = "on a shared database (PostgreSQL): mark a run left STARTED by a killed process as failed, then go on")
    boolean recover;

    private final JobRunner jobRunner;
    private final Job documentsJob;
    private final RunParameters runParameters;
    private final GeneratedDocuments generated;
    private final JianbaoProperties properties;
    private final ReportFacts facts;
    private final SpeechLibrary speeches;
    private final IndicatorProperties indicatorProperties;
    private final Distributor distributor;

    RunCommand(JobRunner jobRunner, Job documentsJob, RunParameters runParameters, GeneratedDocuments generated,
               JianbaoProperties properties, ReportFacts facts, SpeechLibrary speeches,
               IndicatorProperties indicatorProperties, Distributor distributor) {
        this.distributor = distributor;
        this.indicatorProperties = indicatorProperties;
        this.facts = facts;
        this.speeches = speeches;
        this.jobRunner = jobRunner;
        this.documentsJob = documentsJob;
        this.runParameters = runParameters;
        this.generated = generated;
        this.properties = properties;
    }

    @Override
    public Integer call() throws Exception {
        RunPlan plan = plan();
        var out = spec.commandLine().getOut();
        JobRunner.Outcome outcome;
        try {
            outcome = jobRunner.run(documentsJob, runParameters.of(plan, force), recover);
        } catch (JobRunner.StillRunningException e) {
            throw new UserInputException(e.getMessage(), e);
        }
        if (outcome instanceof JobRunner.Outcome.AlreadyComplete) {
            out.println("Nothing new since the last complete run (same speech, data and templates): the documents in "
                    + properties.outputDir() + " are current. Use --force to write them again.");
            // No job, but the next run all the same for deliveries that failed for a passing cause.
            distributor.retry(false);
            return ExitCodes.OK;
        }
        JobExecution execution = ((JobRunner.Outcome.Ran) outcome).execution();
        var documents = generated.ofExecution(execution.getId());
        documents.forEach(d -> {
            out.println(d.docx());
            out.println(d.pdf());
        });
        if (!JobRunner.succeeded(execution)) {
            var err = spec.commandLine().getErr();
            List<Throwable> failures = execution.getAllFailureExceptions();
            var problem = failures.stream().map(InputProblem::in).flatMap(Optional::stream).findFirst();
            if (problem.isPresent()) {
                // A template, the speech or the data needs fixing; the next run after the fix starts afresh.
                err.println(problem.get().getMessage());
                return ExitCodes.BAD_INPUT;
            }
            err.println("run " + execution.getId() + " " + execution.getStatus() + " after " + documents.size()
                    + " documents; the same command, with speech, data and templates unchanged, resumes at the document that failed");
            failures.forEach(e -> err.println("  " + rootCause(e)));
            return ExitCodes.FAILURE;
        }
        return ExitCodes.OK;
    }

    private RunPlan plan() {
        Path speechFile = speech != null ? speech : properties.speech();
        if (!Files.isRegularFile(speechFile)) {
            throw new UserInputException(speechFile + ": speech file not found");
        }
        try {
            speeches.analyse(speechFile); // fail before any work on a file that is not a readable speech
        } catch (SpeechInputException e) {
            throw new UserInputException(e.getMessage(), e);
        }
        Optional<YearMonth> month = Optional.ofNullable(period).map(RunCommand::parsePeriod);
        EnumSet<DocumentKind> kinds = only.isEmpty() ? EnumSet.allOf(DocumentKind.class) : EnumSet.noneOf(DocumentKind.class);
        for (String name : only) {
            kinds.add(switch (name) {
                case "study-notes" -> DocumentKind.STUDY_NOTES;
                case "briefing" -> DocumentKind.BRIEFING;
                default -> throw new UserInputException("--only " + name + ": expected study-notes or briefing");
            });
        }
        units.forEach(u -> knownUnit(facts, u));
        List<String> unitNames = units.isEmpty() ? configuredUnits() : units;
        return new RunPlan(speechFile.toAbsolutePath().normalize(), unitNames, month, kinds);
    }

    /** Batch wraps the document's own error ("Unable to process chunk"); the operator needs the cause. */
    static String rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() != null ? cause.getMessage() : cause.toString();
    }

    /** The default unit, then the further units a city office reports on (jianbao.indicator.other-units). */
    private List<String> configuredUnits() {
        List<String> all = new ArrayList<>();
        all.add(facts.defaultUnit());
        indicatorProperties.otherUnits().stream().filter(u -> !all.contains(u)).forEach(all::add);
        return all;
    }

    /** A --unit the database knows, or the one-line error listing the units it does know. */
    static String knownUnit(ReportFacts facts, String unit) {
        if (!facts.knowsUnit(unit)) {
            throw new UserInputException("--unit " + unit + ": unknown unit; known: " + String.join("、", facts.unitNames()));
        }
        return unit;
    }

    static YearMonth parsePeriod(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new UserInputException("--period " + text + ": expected a month like 2026-10");
        }
    }
}

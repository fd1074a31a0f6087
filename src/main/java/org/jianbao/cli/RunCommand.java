package org.jianbao.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

import org.jianbao.distribution.Distributor;
import org.jianbao.generation.GeneratedDocuments;
import org.jianbao.generation.JianbaoProperties;
import org.jianbao.run.RunRequest;
import org.jianbao.run.RunRequestException;
import org.jianbao.run.RunResult;
import org.jianbao.run.RunService;
import org.jianbao.run.StartedBy;

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

    @Option(names = "--all-units", description = "brief every unit that has data for the period (the latest month of any unit unless --period)")
    boolean allUnits;

    @Option(names = "--period", paramLabel = "YYYY-MM", description = "the month to report on; default: the latest month with data")
    String period;

    @Option(names = "--only", paramLabel = "DOC", description = "only these documents: study-notes, briefing (repeatable)")
    List<String> only = new ArrayList<>();

    @Option(names = "--force", description = "run even when nothing changed since the last complete run")
    boolean force;

    @Option(names = "--recover", description = "on a shared database (PostgreSQL): mark a run left STARTED by a killed process as failed, then go on")
    boolean recover;

    private final RunService runs;
    private final JianbaoProperties properties;

    private final Distributor distributor;

    RunCommand(RunService runs, JianbaoProperties properties, Distributor distributor) {
        this.runs = runs;
        this.distributor = distributor;
        this.properties = properties;
    }

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        RunResult result;
        try {
            result = runs.run(new RunRequest(Optional.ofNullable(speech), units, Optional.ofNullable(period), only, force,
                            allUnits),
                    StartedBy.command(), recover);
        } catch (RunRequestException e) {
            throw new UserInputException(e.getMessage(), e);
        }
        if (result instanceof RunResult.NothingNew) {
            out.println("Nothing new since the last complete run (same speech, data and templates): the documents in "
                    + properties.outputDir() + " are current. Use --force to write them again.");
            // No job, but the next run all the same for deliveries that failed for a passing cause.
            distributor.retry(false);
            return ExitCodes.OK;
        }
        if (result instanceof RunResult.Completed completed) {
            printPaths(completed.documents());
            return ExitCodes.OK;
        }
        RunResult.Failed failed = (RunResult.Failed) result;
        printPaths(failed.documents());
        var err = spec.commandLine().getErr();
        if (failed.inputProblem().isPresent()) {
            // A template, the speech or the data needs fixing; the next run after the fix starts afresh.
            err.println(failed.inputProblem().get().getMessage());
            return ExitCodes.BAD_INPUT;
        }
        err.println("run " + failed.runId() + " " + failed.status() + " after " + failed.documents().size()
                + " documents; the same command, with speech, data and templates unchanged, resumes at the document that failed");
        failed.causes().forEach(cause -> err.println("  " + cause));
        return ExitCodes.FAILURE;
    }

    private void printPaths(List<GeneratedDocuments.Entry> documents) {
        var out = spec.commandLine().getOut();
        documents.forEach(d -> {
            out.println(d.docx());
            out.println(d.pdf());
        });
    }
}

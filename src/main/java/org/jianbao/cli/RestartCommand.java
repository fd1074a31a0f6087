package org.jianbao.cli;

import java.util.concurrent.Callable;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

import org.jianbao.run.RunNotFoundException;
import org.jianbao.run.RunRequestException;
import org.jianbao.run.RunResult;
import org.jianbao.run.RunService;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jianbao restart ID}: resumes a failed run at the document it stopped at (ids from {@code jobs}). */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "restart", mixinStandardHelpOptions = true,
        description = "Restarts a failed or stopped run (see `jobs`) at the document it stopped at; prints the paths written.")
class RestartCommand implements CliCommand, Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "the run's id")
    long id;

    private final RunService runs;

    RestartCommand(RunService runs) {
        this.runs = runs;
    }

    @Override
    public Integer call() throws Exception {
        RunResult result;
        try {
            result = runs.restartAndWait(id);
        } catch (RunRequestException | RunNotFoundException e) {
            throw new UserInputException(e.getMessage(), e);
        }
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        if (result instanceof RunResult.Completed completed) {
            completed.documents().forEach(d -> {
                out.println(d.docx());
                out.println(d.pdf());
            });
            return ExitCodes.OK;
        }
        RunResult.Failed failed = (RunResult.Failed) result;
        failed.documents().forEach(d -> {
            out.println(d.docx());
            out.println(d.pdf());
        });
        if (failed.inputProblem().isPresent()) {
            err.println(failed.inputProblem().get().getMessage());
            return ExitCodes.BAD_INPUT;
        }
        err.println("run " + failed.runId() + " " + failed.status());
        failed.causes().forEach(cause -> err.println("  " + cause));
        return ExitCodes.FAILURE;
    }
}

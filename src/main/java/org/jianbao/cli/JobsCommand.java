package org.jianbao.cli;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

import org.jianbao.run.RunHistory;
import org.jianbao.run.RunRecord;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jianbao jobs}: the recent runs, as the 运行记录 page shows them. */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "jobs", mixinStandardHelpOptions = true,
        description = "Lists the recent runs: id, start, status, who started it, documents written, the cause of a failure.")
class JobsCommand implements CliCommand, Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Spec
    CommandSpec spec;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "how many runs; default: ${DEFAULT-VALUE}")
    int limit;

    private final RunHistory history;

    JobsCommand(RunHistory history) {
        this.history = history;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (RunRecord run : history.recent(Math.max(1, limit))) {
            out.printf("%5d  %s  %-9s %-8s %-16s %s %s%s%n", run.id(), TIME.format(run.start()), run.status(),
                    run.progress(), run.startedBy(), run.period(), run.documentKinds().toLowerCase(java.util.Locale.ROOT),
                    run.cause().map(c -> "  " + c).orElse(""));
        }
        return ExitCodes.OK;
    }
}

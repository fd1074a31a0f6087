package org.jianbao.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code jianbao serve}: the service an office leaves running — web pages, API and the nightly schedule. The
 * context was started with the {@code serve} profile (web server, scheduler) because this is the command; the
 * command keeps the process alive until it is stopped (Ctrl+C, SIGTERM), when Spring closes everything in order.
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Starts the web pages and API (port 8080, --server.port=N) and the nightly run;",
                "runs until stopped. Other commands keep working from another terminal."})
class ServeCommand implements CliCommand, Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** {@code --server.port=8081}, {@code --management.…}: Spring applied them already; they are the server's. */
    @Unmatched
    List<String> serverOptions = new ArrayList<>();

    private final ApplicationContext context;

    ServeCommand(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InterruptedException {
        serverOptions.stream().filter(o -> !(o.startsWith("--server.") || o.startsWith("--management."))).findFirst()
                .ifPresent(o -> {
                    throw new ParameterException(spec.commandLine(), "Unknown option: '" + o + "'");
                });
        if (!(context instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
            // Only when the command line reached Spring without `serve` first (ServeEnvironment did not see it).
            throw new UserInputException("serve: the web server did not start; give `serve` as the first word of the command line");
        }
        CountDownLatch stopped = new CountDownLatch(1);
        ((ConfigurableApplicationContext) context).addApplicationListener(
                (ApplicationListener<ContextClosedEvent>) event -> stopped.countDown());
        spec.commandLine().getOut().println("jianbao serves on http://localhost:" + web.getWebServer().getPort()
                + "/ (Ctrl+C stops it)");
        spec.commandLine().getOut().flush();
        stopped.await();
        return ExitCodes.OK;
    }
}

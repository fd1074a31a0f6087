package org.jianbao.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * Runs the picocli command line inside the Spring context and hands its exit code to Spring Boot.
 * Off in tests that only want the context ({@code jianbao.cli.enabled=false}).
 */
@Component
@ConditionalOnProperty(name = "jianbao.cli.enabled", matchIfMissing = true)
class PicocliRunner implements ApplicationRunner, ExitCodeGenerator {

    private static final Logger log = LoggerFactory.getLogger(PicocliRunner.class);

    private final ApplicationContext context;
    private final ObjectProvider<CliCommand> commands;
    private int exitCode;

    PicocliRunner(ApplicationContext context, ObjectProvider<CliCommand> commands) {
        this.context = context;
        this.commands = commands;
    }

    @Override
    public void run(ApplicationArguments args) {
        CommandLine cli = newCommandLine(commands.orderedStream().toList());
        // Chinese output must survive a terminal or pipe whose default charset is not UTF-8.
        cli.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        exitCode = cli.execute(commandArguments(args.getSourceArgs()));
    }

    /**
     * Spring Boot already applied {@code --spring.*} and {@code --jianbao.*} options as configuration
     * properties; the commands never see them, so they may stand anywhere on the line.
     */
    static String[] commandArguments(String[] sourceArgs) {
        return Arrays.stream(sourceArgs)
                .filter(arg -> !(arg.startsWith("--spring.") || arg.startsWith("--jianbao.")
                        || arg.startsWith("--logging.")))
                .toArray(String[]::new);
    }

    CommandLine newCommandLine(List<CliCommand> subcommands) {
        CommandLine root = new CommandLine(new RootCommand(), new SpringFactory(context));
        subcommands.forEach(root::addSubcommand);
        root.setExecutionExceptionHandler(this::handleExecutionException);
        return root;
    }

    private int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        if (ex instanceof UserInputException) {
            err.println(cmd.getColorScheme().errorText(ex.getMessage()));
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        java.util.Optional<RuntimeException> problem = org.jianbao.generation.InputProblem.in(ex);
        if (problem.isPresent()) {
            err.println(cmd.getColorScheme().errorText(problem.get().getMessage()));
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        log.error("{} failed", cmd.getCommandName(), ex);
        err.println(cmd.getColorScheme().errorText(cmd.getCommandName() + " failed: " + ex));
        err.flush();
        return ExitCodes.FAILURE;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    /** Lets picocli create mixins and converters as Spring beans when they are beans. */
    private record SpringFactory(ApplicationContext context) implements IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (!context.getBeansOfType(type).isEmpty()) {
                return context.getBean(type);
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}

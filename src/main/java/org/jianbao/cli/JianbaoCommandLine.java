package org.jianbao.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code jianbao} command line. The Spring context (H2, Flyway, Spring Batch) is started only when the line
 * names a command that lives in it ({@link CliCommand}: {@code run}, {@code generate}, {@code import}…). The
 * others ({@code pdf}, {@code speech}, {@code render}, {@code fonts}, {@code --help}, {@code --version}) start in a
 * fraction of the time, create no database file and can run side by side in one folder.
 */
public final class JianbaoCommandLine {

    private final Function<Class<?>, ? extends ApplicationContext> context;
    private final StandaloneServices services;
    private final PrintWriter out;
    private final PrintWriter err;
    private ApplicationContext started;

    JianbaoCommandLine(Function<Class<?>, ? extends ApplicationContext> context, StandaloneServices services, PrintWriter out,
            PrintWriter err) {
        this.context = context;
        this.services = services;
        this.out = out;
        this.err = err;
    }

    /** Runs one command line of the application and returns its exit code; closes the context if it started one. */
    public static int run(Class<?> springApplication, String... args) {
        String[] configuration = args.clone();
        // Chinese output must survive a terminal or pipe whose default charset is not UTF-8.
        JianbaoCommandLine jianbao = new JianbaoCommandLine(new SpringContextStarter(springApplication, configuration),
                new StandaloneServices(() -> StandaloneConfiguration.load(configuration)),
                new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        try {
            return jianbao.execute(args);
        } finally {
            if (jianbao.started instanceof ConfigurableApplicationContext started) {
                SpringApplication.exit(started);
            }
        }
    }

    int execute(String... args) {
        String[] commandArgs = commandArguments(args);
        Optional<Class<?>> named = commandNamed(commandArgs);
        // `run --help` needs the command's options, not its database
        boolean inContext = named.filter(CliCommand.class::isAssignableFrom).isPresent() && !asksForHelp(commandArgs);
        if (inContext && started == null) {
            try {
                started = context.apply(named.get());
            } catch (UserInputException e) {
                err.println(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.AUTO).errorText(e.getMessage()));
                err.flush();
                return ExitCodes.BAD_INPUT;
            }
        }
        return commandLine(named.orElse(null), inContext ? started : null).execute(commandArgs);
    }

    /**
     * Only the command the line names is made and modelled (picocli makes a command with a {@code @Spec} as soon
     * as it is added, and reflection on all of them costs time a one-file {@code pdf} should not pay); the others
     * are there by name and description, for {@code --help} and for picocli's "did you mean".
     */
    private CommandLine commandLine(Class<?> named, ApplicationContext context) {
        CommandFactory factory = new CommandFactory(context, services);
        CommandLine cli = new CommandLine(RootCommand.class, factory);
        for (Class<?> command : RootCommand.COMMANDS) {
            cli.addSubcommand(command == named ? new CommandLine(command, factory) : helpOnly(command));
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(JianbaoCommandLine::handleExecutionException);
        if (context == null) {
            cli.setExecutionStrategy(parsed -> {
                Integer help = CommandLine.executeHelpRequest(parsed);
                if (help != null) {
                    return help;
                }
                if (parsed.subcommand() != null && parsed.subcommand().commandSpec().userObject() instanceof PdfCommand) {
                    services.warmUpInBackground();
                } else {
                    services.configuration(); // a command that runs logs as the others do: set logging up first
                }
                return new CommandLine.RunLast().execute(parsed);
            });
        }
        return cli;
    }

    /** The command's name and description for the root's --help, without making the command. */
    private static CommandLine helpOnly(Class<?> command) {
        Command annotation = command.getAnnotation(Command.class);
        CommandSpec spec = CommandSpec.create().name(annotation.name());
        spec.usageMessage().description(annotation.description());
        return new CommandLine(spec);
    }

    private static boolean asksForHelp(String[] commandArgs) {
        return Arrays.stream(commandArgs).anyMatch(a -> List.of("-h", "--help", "-V", "--version").contains(a));
    }

    /** The command the line names: its first word that is not an option (the root's options take no values). */
    private static Optional<Class<?>> commandNamed(String[] commandArgs) {
        String name = Arrays.stream(commandArgs).filter(a -> !a.startsWith("-")).findFirst().orElse(null);
        return RootCommand.COMMANDS.stream()
                .filter(c -> c.getAnnotation(Command.class).name().equals(name))
                .findFirst();
    }

    /**
     * Configuration options ({@code --spring.*}, {@code --jianbao.*}, {@code --logging.*}) are for Spring Boot's
     * configuration; the commands never see them, so they may stand anywhere on the line.
     */
    static String[] commandArguments(String[] sourceArgs) {
        return Arrays.stream(sourceArgs)
                .filter(arg -> !(arg.startsWith("--spring.") || arg.startsWith("--jianbao.")
                        || arg.startsWith("--logging.")))
                .toArray(String[]::new);
    }

    private static int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
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
        log().error("{} failed", cmd.getCommandName(), ex);
        err.println(cmd.getColorScheme().errorText(cmd.getCommandName() + " failed: " + ex));
        err.flush();
        return ExitCodes.FAILURE;
    }

    /** Not a static field: a command that never logs should not pay for setting logging up. */
    private static Logger log() {
        return LoggerFactory.getLogger(JianbaoCommandLine.class);
    }
}

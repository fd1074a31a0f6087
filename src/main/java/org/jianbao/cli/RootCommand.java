package org.jianbao.cli;

import java.util.List;

import picocli.CommandLine.Command;

/**
 * {@code jianbao}. Its subcommands are listed in {@link #COMMANDS} rather than in the annotation, because picocli
 * makes every listed command when it builds the model, and a command that lives in the Spring context would
 * start the context even for {@code jianbao pdf}.
 */
@Command(name = "jianbao",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Turns a leader's speech and the latest indicators into study notes and progress briefings (.docx and .pdf).",
        synopsisSubcommandLabel = "COMMAND")
final class RootCommand implements Runnable {

    /**
     * Every command, in the order {@code --help} shows them. One that needs the database, the jobs or the web
     * stack implements {@link CliCommand} and is a Spring bean; the others are made without Spring.
     */
    static final List<Class<?>> COMMANDS = List.of(RunCommand.class, GenerateCommand.class, ImportCommand.class,
            RecipientsCommand.class, DeliveriesCommand.class, ServeCommand.class, JobsCommand.class, RestartCommand.class,
            ScheduleCommand.class, CalendarCommand.class, UsersCommand.class, SampleCommand.class, SpeechCommand.class,
            RenderCommand.class, CheckTemplateCommand.class, PdfCommand.class, FontsCommand.class, BenchCommand.class);

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        // No command given: show what there is rather than doing something unasked.
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

package org.jianbao.cli;

import org.springframework.context.ApplicationContext;

import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * Makes the commands and their mixins for picocli: a {@link CliCommand} (and any type that is a bean) from the
 * Spring context when one was started, every other command without it, wired to the engines it uses.
 */
final class CommandFactory implements IFactory {

    private final ApplicationContext context;
    private final StandaloneServices services;

    /** @param context the started context, or null when the command line needs none */
    CommandFactory(ApplicationContext context, StandaloneServices services) {
        this.context = context;
        this.services = services;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (context != null && context.getBeanNamesForType(type).length > 0) {
            return context.getBean(type);
        }
        if (CliCommand.class.isAssignableFrom(type)) {
            throw new IllegalStateException(type.getSimpleName() + " lives in the Spring context, which was not started");
        }
        if (type == PdfCommand.class) {
            return type.cast(new PdfCommand(services.pdfFiles()));
        }
        if (type == RenderCommand.class) {
            return type.cast(new RenderCommand(services.pdfFiles()));
        }
        if (type == FontsCommand.class) {
            return type.cast(new FontsCommand(services::fonts));
        }
        return CommandLine.defaultFactory().create(type);
    }
}

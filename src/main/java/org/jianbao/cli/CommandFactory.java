package org.jianbao.cli;

import java.lang.reflect.Constructor;

import org.springframework.context.ApplicationContext;

import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * Makes the commands and their mixins for picocli: a {@link CliCommand} (and any type that is a bean) from the
 * Spring context when one was started, every other command without it, wired to the engines it uses. Without a
 * context a {@link CliCommand} is made only for its {@code --help}.
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
            return forHelp(type);
        }
        if (type == PdfCommand.class) {
            return type.cast(new PdfCommand(services.pdfFiles()));
        }
        if (type == RenderCommand.class) {
            return type.cast(new RenderCommand(services.pdfFiles()));
        }
        if (type == BenchCommand.class) {
            return type.cast(new BenchCommand(services::renderer));
        }
        if (type == FontsCommand.class) {
            return type.cast(new FontsCommand(services::fonts));
        }
        return CommandLine.defaultFactory().create(type);
    }

    /**
     * A command that lives in the context, made without it because only its help was asked for: its dependencies
     * are left null, and picocli prints the help without calling it.
     */
    private static <K> K forHelp(Class<K> type) throws ReflectiveOperationException {
        Constructor<?> constructor = type.getDeclaredConstructors()[0];
        constructor.setAccessible(true);
        return type.cast(constructor.newInstance(new Object[constructor.getParameterCount()]));
    }
}

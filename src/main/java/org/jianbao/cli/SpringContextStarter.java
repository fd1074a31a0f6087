package org.jianbao.cli;

import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the Spring context (database, Flyway, Spring Batch) for the commands that live in it, with the whole
 * command line so that {@code --jianbao.*} and {@code --spring.*} options reach the configuration. A file
 * database that another process holds is the user's to resolve: it becomes {@link DatabaseInUseException}, one
 * line, instead of the stack trace of a failed start.
 */
final class SpringContextStarter implements Function<Class<?>, ConfigurableApplicationContext> {

    /** H2's error code for "Database may be already in use" (ErrorCode.DATABASE_ALREADY_OPEN_1). */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;

    /** Boot's switch for its background pre-initializer (BackgroundPreinitializingApplicationListener). */
    static final String BACKGROUND_PREINITIALIZER_IGNORE = "spring.backgroundpreinitializer.ignore";

    private final Class<?> application;
    private final String[] args;

    SpringContextStarter(Class<?> application, String[] args) {
        this.application = application;
        this.args = args.clone();
    }

    /**
     * @param command the command the context is started for: the place to choose a different kind of context for
     *                a command that needs one (a web server for a {@code serve}; application.yml says none)
     */
    @Override
    public ConfigurableApplicationContext apply(Class<?> command) {
        if (command != ServeCommand.class && System.getProperty(BACKGROUND_PREINITIALIZER_IGNORE) == null) {
            // Boot's background pre-initializer warms Jackson, the HTTP message converters, Tomcat and Hibernate
            // Validator up on another thread for the web application: ~1,600 classes a command never uses (its
            // context leaves their auto-configurations out, ServiceOnlyAutoConfigurations), CPU a cold command pays.
            System.setProperty(BACKGROUND_PREINITIALIZER_IGNORE, "true");
        }
        SpringApplication spring = new SpringApplication(application);
        spring.addListeners(new ContextWarmUp());
        try {
            return spring.run(args);
        } catch (RuntimeException e) {
            Optional<SQLException> inUse = databaseInUse(e);
            if (inUse.isPresent()) {
                throw new DatabaseInUseException(inUse.get());
            }
            throw e;
        }
    }

    static Optional<SQLException> databaseInUse(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
                return Optional.of(sql);
            }
        }
        return Optional.empty();
    }
}

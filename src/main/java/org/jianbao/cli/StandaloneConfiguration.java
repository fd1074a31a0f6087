package org.jianbao.cli;

import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jianbao.pdf.spring.PdfProperties;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The application's configuration for the commands that run without the Spring context ({@code pdf}, {@code fonts},
 * {@code render}…). Read by Spring Boot's own loader — application.yml, ./config/application.yml, environment
 * variables, {@code --key=value} — so a key means the same to {@code pdf} as to {@code run}; but no context is
 * refreshed, no database opened, no file created. Logging is set up from the same keys and logback-spring.xml,
 * so these commands log as the others do (to stderr: stdout belongs to the command's output).
 */
final class StandaloneConfiguration {

    /** Logging is held (nothing written) from {@link #holdLogging()} until the configuration has set it up. */
    private static final AtomicBoolean held = new AtomicBoolean();

    private final Binder binder;

    private StandaloneConfiguration(Binder binder) {
        this.binder = binder;
    }

    static StandaloneConfiguration load(String[] args) {
        ConfigurableEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
        ConfigDataEnvironmentPostProcessor.applyTo(environment);
        startLogging(environment);
        return new StandaloneConfiguration(Binder.get(environment));
    }

    PdfProperties pdf() {
        return binder.bind("jianbao.pdf", PdfProperties.class).orElseGet(() -> new PdfProperties(null));
    }

    /**
     * Holds every log message back until {@link #load} has set logging up, for a caller that loads the configuration
     * on another thread: a library that logs meanwhile must not fall back on logback's default (DEBUG to stdout,
     * which belongs to the command's output).
     */
    static void holdLogging() {
        if (held.compareAndSet(false, true)) {
            loggingSystem().beforeInitialize();
        }
    }

    private static LoggingSystem loggingSystem() {
        return LoggingSystem.get(StandaloneConfiguration.class.getClassLoader());
    }

    /** What Spring Boot's logging listener does when a context starts: the config file, then {@code logging.level.*}. */
    private static void startLogging(ConfigurableEnvironment environment) {
        LoggingSystem logging = loggingSystem();
        // once only: a second call would leave a second "hold everything" filter that initialize() does not remove
        holdLogging();
        logging.initialize(new LoggingInitializationContext(environment), null, null);
        Map<String, LogLevel> levels = Binder.get(environment)
                .bind("logging.level", Bindable.mapOf(String.class, LogLevel.class)).orElse(Map.of());
        levels.forEach((name, level) -> logging.setLogLevel(
                name.equalsIgnoreCase(LoggingSystem.ROOT_LOGGER_NAME) ? null : name, level));
        // The commands print each font substitution on stdout themselves; the library's INFO line would say it again
        // on stderr. Shown with --logging.level.org.jianbao.pdf.FontLibrary=INFO.
        if (levels.keySet().stream().noneMatch(FONT_LOG::equalsIgnoreCase)) {
            logging.setLogLevel(FONT_LOG, LogLevel.WARN);
        }
    }

    private static final String FONT_LOG = "org.jianbao.pdf.FontLibrary";
}

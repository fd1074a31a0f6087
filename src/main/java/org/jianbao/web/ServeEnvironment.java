package org.jianbao.web;

import java.util.Arrays;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.CommandLinePropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;

/**
 * {@code jianbao serve} turns on the {@code serve} profile (web server, scheduler, login) before the context is
 * built; every other command starts without them and does not pay for them. The profile's settings are in
 * {@code application-serve.yml}. Runs before the config files are read, so the profile's file is read too.
 */
public class ServeEnvironment implements EnvironmentPostProcessor, Ordered {

    static final String PROFILE = "serve";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        PropertySource<?> commandLine = environment.getPropertySources()
                .get(CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME);
        if (commandLine != null && isServe(commandLine.getProperty(CommandLinePropertySource.DEFAULT_NON_OPTION_ARGS_PROPERTY_NAME))) {
            environment.getPropertySources().addFirst(
                    new MapPropertySource("jianbaoServe", Map.of("spring.profiles.include", PROFILE)));
        }
    }

    /** The command is the first word that is not an option ({@code serve --server.port=8081}). */
    static boolean isServe(Object nonOptionArgs) {
        return nonOptionArgs != null
                && Arrays.stream(nonOptionArgs.toString().split(",")).findFirst().map(PROFILE::equals).orElse(false);
    }

    @Override
    public int getOrder() {
        // Before ConfigDataEnvironmentPostProcessor (HIGHEST_PRECEDENCE + 10), which reads application-serve.yml.
        return Ordered.HIGHEST_PRECEDENCE;
    }
}

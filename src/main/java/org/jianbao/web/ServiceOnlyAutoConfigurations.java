package org.jianbao.web;

import java.util.List;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Leaves the service's auto-configurations (scheduler, login, pages, actuator and metrics, OpenAPI; Jackson, HTTP
 * message converters, Bean Validation, Boot's task executor and scheduler) out of every
 * context but {@code serve}'s, by package and before any of their classes is loaded: a {@code speech} or {@code run}
 * does not start what only the running service uses. Listed by package so that a Boot upgrade adding a class there
 * needs no change here.
 */
public class ServiceOnlyAutoConfigurations implements AutoConfigurationImportFilter, EnvironmentAware {

    static final List<String> SERVICE_ONLY = List.of(
            "org.springframework.boot.quartz.",
            "org.springframework.boot.security.",
            "org.springframework.boot.thymeleaf.",
            "org.springframework.boot.actuate.",
            "org.springframework.boot.health.",
            "org.springframework.boot.micrometer.",
            "org.springdoc.",
            // Nothing outside the service injects these: the commands and the batch job build their own JSON
            // mappers, executors and schedulers, validate nothing with Bean Validation (Hibernate Validator's
            // bootstrap alone is ~440 classes) and serve no HTTP; the data source's health indicator is actuator's.
            "org.springframework.boot.jackson.",
            "org.springframework.boot.http.converter.",
            "org.springframework.boot.validation.",
            "org.springframework.boot.autoconfigure.task.",
            "org.springframework.boot.jdbc.autoconfigure.health.",
            "org.springframework.boot.autoconfigure.info.");

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata autoConfigurationMetadata) {
        boolean serve = environment != null && environment.acceptsProfiles(Profiles.of(ServeEnvironment.PROFILE));
        boolean[] matches = new boolean[autoConfigurationClasses.length];
        for (int i = 0; i < autoConfigurationClasses.length; i++) {
            String name = autoConfigurationClasses[i];
            matches[i] = serve || name == null || SERVICE_ONLY.stream().noneMatch(name::startsWith);
        }
        return matches;
    }
}

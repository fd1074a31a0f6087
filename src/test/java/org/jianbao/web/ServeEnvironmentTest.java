package org.jianbao.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

class ServeEnvironmentTest {

    private static StandardEnvironment environmentFor(String... args) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
        new ServeEnvironment().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }

    @Test
    void onlyServeAsTheCommandTurnsTheServiceProfileOn() {
        assertThat(environmentFor("serve", "--server.port=8081").getProperty("spring.profiles.include")).isEqualTo("serve");
        assertThat(environmentFor("--jianbao.speech=x.txt", "serve").getProperty("spring.profiles.include")).isEqualTo("serve");
        assertThat(environmentFor("run", "--unit", "serve").getProperty("spring.profiles.include")).isNull();
        assertThat(environmentFor("speech", "serve.txt").getProperty("spring.profiles.include")).isNull();
        assertThat(environmentFor().getProperty("spring.profiles.include")).isNull();
    }
}

package org.jianbao;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Entry point. Every use of the jar is a command ({@code java -jar jianbao.jar speech FILE});
 * the Spring context is started once, the command line runs inside it, and the process exits
 * with the command's exit code.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class JianbaoApplication {

    public static void main(String[] args) {
        System.exit(SpringApplication.exit(SpringApplication.run(JianbaoApplication.class, args)));
    }
}

package org.jianbao;

import org.jianbao.cli.JianbaoCommandLine;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Entry point. Every use of the jar is a command ({@code java -jar jianbao.jar speech FILE}). The command line is
 * parsed first; this class's Spring context is started only for the commands that need it (database, jobs), and
 * the process exits with the command's exit code.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class JianbaoApplication {

    public static void main(String[] args) {
        org.jianbao.office.XmlFactories.useJdkDefaults();
        System.exit(JianbaoCommandLine.run(JianbaoApplication.class, args));
    }
}

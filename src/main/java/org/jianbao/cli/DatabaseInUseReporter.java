package org.jianbao.cli;

import org.springframework.boot.SpringBootExceptionReporter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Claims a failed start caused by a file database that another process holds, so that Spring Boot does not log
 * it as "Application run failed" with a stack trace: {@link SpringContextStarter} turns it into one line for the
 * user. Every other failure is left to Spring Boot's failure analysis and logging.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
final class DatabaseInUseReporter implements SpringBootExceptionReporter {

    DatabaseInUseReporter(ConfigurableApplicationContext context) {
        // Spring Boot makes reporters with the context; nothing of it is needed here
    }

    @Override
    public boolean reportException(Throwable failure) {
        return SpringContextStarter.databaseInUse(failure).isPresent();
    }
}

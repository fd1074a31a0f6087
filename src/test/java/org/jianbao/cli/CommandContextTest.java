package org.jianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The context the commands start ({@code run}, {@code generate}, {@code import}, {@code jobs}) leaves out what only
 * the service uses ({@code web.ServiceOnlyAutoConfigurations}); {@code PagesTest} checks that {@code serve}'s keeps it.
 */
@SpringBootTest
@ActiveProfiles("test")
public class CommandContextTest {

    /** Beans of the auto-configurations left out of the commands' context, one per auto-configuration. */
    public static final List<String> SERVICE_ONLY_BEANS = List.of(
            "jacksonJsonMapper",          // Jackson
            "defaultValidator",           // Bean Validation (Hibernate Validator)
            "applicationTaskExecutor",    // Boot's task execution
            "dbHealthContributor");       // the data source's health indicator

    @Autowired
    ApplicationContext context;

    @Test
    void leavesOutWhatOnlyTheServiceUses() {
        assertThat(SERVICE_ONLY_BEANS).noneMatch(context::containsBean);
        assertThat(context.getBeanNamesForType(tools.jackson.databind.json.JsonMapper.class)).isEmpty();
        assertThat(context.getBeanNamesForType(jakarta.validation.Validator.class)).isEmpty();
    }

    @Test
    void keepsWhatTheCommandsAndTheBatchJobUse() {
        assertThat(context.getBeanNamesForType(javax.sql.DataSource.class)).isNotEmpty();
        assertThat(context.getBeanNamesForType(org.flywaydb.core.Flyway.class)).isNotEmpty();
        assertThat(context.getBeanNamesForType(org.springframework.batch.core.launch.JobOperator.class)).isNotEmpty();
        assertThat(context.getBeanNamesForType(org.springframework.transaction.PlatformTransactionManager.class))
                .isNotEmpty();
    }
}

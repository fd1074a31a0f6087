package org.jianbao.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.jianbao.distribution.DeliveryStatus;
import org.jianbao.distribution.Distributor;
import org.jianbao.generation.DocumentKind;
import org.jianbao.generation.GeneratedDocuments;
import org.jianbao.testing.DocumentText;

/**
 * The whole job on PostgreSQL, by configuration alone: Flyway creates every table (Spring Batch's included)
 * in a fresh schema, the samples import, both documents come out, and a second run finds nothing new.
 * Runs where {@code JIANBAO_TEST_POSTGRES_URL} (plus {@code _USER}, {@code _PASSWORD}) names a server;
 * {@code .ci/run} starts one.
 */
@SpringBootTest
@ActiveProfiles("test")
@EnabledIfEnvironmentVariable(named = "JIANBAO_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class PostgresJobTest {

    private static final String SCHEMA = "test_" + Long.toString(System.nanoTime(), 36);
    private static final Path OUTPUT = Path.of("target/test-output/postgres-" + SCHEMA);

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        String url = System.getenv("JIANBAO_TEST_POSTGRES_URL");
        registry.add("spring.datasource.url", () -> url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
        registry.add("spring.datasource.username", () -> System.getenv("JIANBAO_TEST_POSTGRES_USER"));
        registry.add("spring.datasource.password", () -> System.getenv("JIANBAO_TEST_POSTGRES_PASSWORD"));
        registry.add("spring.flyway.schemas", () -> SCHEMA);
        registry.add("spring.flyway.create-schemas", () -> "true");
        registry.add("jianbao.output-dir", OUTPUT::toString);
    }

    @Autowired
    JobRunner jobRunner;
    @Autowired
    Job documentsJob;
    @Autowired
    RunParameters runParameters;
    @Autowired
    GeneratedDocuments generated;
    @Autowired
    Distributor distributor;

    @Test
    void theMainJobRunsOnPostgres() throws Exception {
        RunPlan plan = new RunPlan(Path.of("seeds/speech-third-plenum-county.txt").toAbsolutePath(), List.of("示范区"),
                Optional.empty(), EnumSet.allOf(DocumentKind.class));

        JobRunner.Outcome first = jobRunner.run(documentsJob, runParameters.of(plan, false));

        JobExecution execution = ((JobRunner.Outcome.Ran) first).execution();
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        var documents = generated.ofExecution(execution.getId());
        assertThat(documents).extracting(GeneratedDocuments.Entry::kind).containsExactly("STUDY_NOTES", "BRIEFING");
        assertThat(DocumentText.ofDocx(documents.get(1).docx())).contains("示范区工作进展简报", "地区生产总值");
        assertThat(jobRunner.run(documentsJob, runParameters.of(plan, false)))
                .isInstanceOf(JobRunner.Outcome.AlreadyComplete.class);

        // Distribution on PostgreSQL: the study notes went at once, the briefing after approval.
        assertThat(distributor.approveAll("pg")).hasSize(1);
        assertThat(distributor.summary(documents.stream().map(GeneratedDocuments.Entry::id).toList()).lines())
                .containsExactly("folder: 14 sent, 0 failed, 0 outcome unknown, 0 pending, 0 awaiting approval");
        assertThat(distributor.list(Optional.of(DeliveryStatus.SENT), Optional.of(execution.getId()))).hasSize(14);
    }
}

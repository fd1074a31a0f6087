package org.jianbao.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.jianbao.generation.DocumentKind;

/**
 * The H2 file in mixed mode (AUTO_SERVER, the default, so commands work while {@code serve} holds it): a run left
 * STARTED is recovered automatically while no other process is connected, and never while one is — that other
 * process, a real second JVM here, may be the one running it.
 */
@SpringBootTest
@ActiveProfiles("test")
class MixedModeRecoveryTest {

    private static final String URL = "jdbc:h2:file:" + Path.of("target/test-data/mixed-" + UUID.randomUUID()).toAbsolutePath()
            + ";AUTO_SERVER=TRUE";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> URL);
    }

    @Autowired
    JobRunner jobRunner;
    @Autowired
    Job documentsJob;
    @Autowired
    JobRepository jobRepository;
    @Autowired
    RunParameters runParameters;

    private JobExecution leftStarted(String period) {
        JobParameters parameters = runParameters.of(new RunPlan(Path.of("seeds/speech-third-plenum-county.txt").toAbsolutePath(),
                List.of("示范区"), Optional.of(java.time.YearMonth.parse(period)), EnumSet.of(DocumentKind.BRIEFING)), false);
        JobExecution execution = jobRepository.createJobExecution(
                jobRepository.createJobInstance(documentsJob.getName(), parameters), parameters, new ExecutionContext());
        execution.setStatus(BatchStatus.STARTED);
        jobRepository.update(execution);
        return execution;
    }

    @Test
    void aStaleRunIsRecoveredOnlyWhileNoOtherProcessIsConnected() throws Exception {
        JobExecution stale = leftStarted("2026-05");
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldDatabase.class.getName(), URL)
                .redirectErrorStream(true).start();
        try {
            BufferedReader output = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            assertThat(output.readLine()).isEqualTo("connected");

            jobRunner.recoverIfAlone(documentsJob);
            assertThat(jobRepository.getJobExecution(stale.getId()).getStatus()).isEqualTo(BatchStatus.STARTED);
            assertThatThrownBy(() -> jobRunner.run(documentsJob, new JobParameters()))
                    .isInstanceOf(JobRunner.StillRunningException.class)
                    .hasMessageContaining("another run is active, or one was killed");
        } finally {
            other.getOutputStream().close();
            other.waitFor();
        }

        jobRunner.recoverIfAlone(documentsJob);
        assertThat(jobRepository.getJobExecution(stale.getId()).getStatus()).isEqualTo(BatchStatus.FAILED);
    }
}

package org.jianbao.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

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

import org.jianbao.batch.JobRunner;
import org.jianbao.batch.RunParameters;
import org.jianbao.batch.RunPlan;
import org.jianbao.generation.DocumentKind;

/** The history says why a run that its process left behind is failed: 进程中断, and when it was recovered. */
@SpringBootTest
@ActiveProfiles("test")
class RecoveredRunHistoryTest {

    @Autowired
    JobRunner jobRunner;
    @Autowired
    Job documentsJob;
    @Autowired
    JobRepository jobRepository;
    @Autowired
    RunParameters runParameters;
    @Autowired
    RunHistory history;

    @Test
    void aRunLeftStartedByAKilledProcessShowsThatItWasInterruptedAndRecovered() throws Exception {
        JobParameters parameters = runParameters.of(new RunPlan(Path.of("seeds/speech-third-plenum-county.txt").toAbsolutePath(),
                List.of("示范区"), Optional.of(YearMonth.parse("2026-04")), EnumSet.of(DocumentKind.BRIEFING)), false);
        // What kill -9 leaves: an execution marked STARTED that no process runs.
        JobExecution killed = jobRepository.createJobExecution(
                jobRepository.createJobInstance(documentsJob.getName(), parameters), parameters, new ExecutionContext());
        killed.setStatus(BatchStatus.STARTED);
        jobRepository.update(killed);
        assertThat(history.find(killed.getId()).orElseThrow().cause()).isEmpty();

        jobRunner.recoverIfAlone(documentsJob);

        RunRecord recovered = history.find(killed.getId()).orElseThrow();
        assertThat(recovered.status()).isEqualTo("FAILED");
        assertThat(recovered.restartable()).isTrue();
        assertThat(recovered.cause()).hasValueSatisfying(c -> assertThat(c)
                .matches("进程中断，已于 \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d 恢复（标记为失败，可重新运行，已写的文档不会重写）"));
        assertThat(history.recent(5)).filteredOn(r -> r.id() == killed.getId()).singleElement()
                .satisfies(r -> assertThat(r.cause()).isEqualTo(recovered.cause()));
    }
}

package org.jianbao.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.jianbao.batch.RunParameters;
import org.jianbao.generation.GeneratedDocuments;

/** The run service as the pages, the API and the schedule use it: in the background, followed by id. */
@SpringBootTest
@ActiveProfiles("test")
class RunServiceTest {

    private static final Path OUTPUT = Path.of("target/test-output/runs-" + System.nanoTime());

    @DynamicPropertySource
    static void output(DynamicPropertyRegistry registry) {
        registry.add("jianbao.output-dir", OUTPUT::toString);
    }

    @Autowired
    RunService runs;
    @Autowired
    RunPlanner planner;
    @Autowired
    RunParameters runParameters;
    @Autowired
    JobRepository jobRepository;
    @Autowired
    GeneratedDocuments generated;

    private final RunRequest briefing = new RunRequest(Optional.empty(), List.of(), Optional.of("2026-09"),
            List.of("briefing"), false);

    @Test
    void aBackgroundRunIsFollowedByIdAndTheSameRequestAfterwardsFindsNothingNew() throws Exception {
        Submission first = runs.submit(briefing, StartedBy.user("operator"));
        assertThat(first).isInstanceOf(Submission.Started.class);

        await().atMost(Duration.ofMinutes(3))
                .until(() -> !jobRepository.getJobExecution(first.runId()).isRunning());
        JobExecution execution = jobRepository.getJobExecution(first.runId());
        assertThat(execution.getStatus()).as(execution.getStepExecutions().stream()
                .map(s -> s.getStepName() + " " + s.getStatus() + " " + s.getExitStatus().getExitDescription()).toList().toString())
                .isEqualTo(BatchStatus.COMPLETED);
        assertThat(execution.getJobParameters().getString("startedBy")).isEqualTo("user:operator");
        assertThat(generated.ofExecution(first.runId())).singleElement()
                .satisfies(d -> assertThat(d.docx().getFileName().toString()).matches("示范区工作进展简报-2026年第\\d+期\\.docx"));

        Submission again = runs.submit(briefing, StartedBy.schedule());
        assertThat(again).isEqualTo(new Submission.NothingNew(first.runId()));
    }

    @Test
    void anIdenticalRequestWhileTheRunIsGoingJoinsIt() throws Exception {
        // A run of the same request, recorded as going (as the executor's queue leaves it: STARTING).
        JobParameters sameRun = runParameters.of(planner.plan(briefingOf("2026-08")), false);
        JobInstance instance = jobRepository.createJobInstance("documents", sameRun);
        JobExecution going = jobRepository.createJobExecution(instance, sameRun, new ExecutionContext());
        try {
            Submission submission = runs.submit(briefingOf("2026-08"), StartedBy.user("viewer-turned-operator"));

            assertThat(submission).isEqualTo(new Submission.Joined(going.getId()));
            assertThat(jobRepository.getJobExecutions(instance)).hasSize(1);
        } finally {
            going.setStatus(BatchStatus.FAILED);
            going.setEndTime(java.time.LocalDateTime.now());
            jobRepository.update(going);
        }
    }

    @Test
    void aRequestThatCannotBeARunIsRefusedInOneLineBeforeAnythingStarts() {
        assertThatThrownBy(() -> runs.submit(new RunRequest(Optional.empty(), List.of("乙区"), Optional.empty(),
                List.of(), false), StartedBy.command()))
                .isInstanceOf(RunRequestException.class)
                .hasMessageStartingWith("--unit 乙区: unknown unit; known: ");
        assertThatThrownBy(() -> runs.submit(new RunRequest(Optional.of(Path.of("missing.txt")), List.of(),
                Optional.empty(), List.of(), false), StartedBy.command()))
                .hasMessage("missing.txt: speech file not found");
    }

    private static RunRequest briefingOf(String period) {
        return new RunRequest(Optional.empty(), List.of(), Optional.of(period), List.of("briefing"), false);
    }
}

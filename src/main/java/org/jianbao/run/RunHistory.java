package org.jianbao.run;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

import org.jianbao.batch.RunPlan;
import org.jianbao.batch.RunProgress;
import org.jianbao.generation.GeneratedDocuments;

/** The runs of the main job as the job repository recorded them, newest first, with their progress. */
@Component
public class RunHistory {

    /** What Batch's {@code JobOperator.recover} puts into the execution context of a run it marks failed. */
    private static final String RECOVERED = "batch.recovered";
    private static final DateTimeFormatter RECOVERED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final JobRepository jobRepository;
    private final Job documentsJob;
    private final GeneratedDocuments generated;

    RunHistory(JobRepository jobRepository, Job documentsJob, GeneratedDocuments generated) {
        this.jobRepository = jobRepository;
        this.documentsJob = documentsJob;
        this.generated = generated;
    }

    /** The latest {@code limit} runs (a restart is a run of its own). */
    public List<RunRecord> recent(int limit) {
        List<JobExecution> executions = new ArrayList<>();
        for (JobInstance instance : jobRepository.getJobInstances(documentsJob.getName(), 0, limit)) {
            executions.addAll(jobRepository.getJobExecutions(instance));
        }
        return executions.stream().sorted(Comparator.comparingLong(JobExecution::getId).reversed()).limit(limit)
                .map(this::record).toList();
    }

    /** The run going on now, in this process or another on the same database (the newest, should there be two). */
    public Optional<RunRecord> running() {
        return jobRepository.findRunningJobExecutions(documentsJob.getName()).stream()
                .max(Comparator.comparingLong(JobExecution::getId)).map(this::record);
    }

    public Optional<RunRecord> find(long id) {
        JobExecution execution = RunService.execution(jobRepository, id);
        if (execution == null || !execution.getJobInstance().getJobName().equals(documentsJob.getName())) {
            return Optional.empty();
        }
        return Optional.of(record(execution));
    }

    /**
     * The one-line cause of a failure. A run its process left behind (kill -9, power loss) has no exception: the
     * recovery at the next start marked it failed without one, leaving its exit code as a running execution has it.
     */
    private static Optional<String> cause(JobExecution execution) {
        Optional<String> failure = execution.getAllFailureExceptions().stream().map(RunService::rootCause).findFirst();
        if (failure.isPresent() || execution.getStatus() != BatchStatus.FAILED) {
            return failure;
        }
        boolean recovered = execution.getExecutionContext().containsKey(RECOVERED)
                || ExitStatus.UNKNOWN.getExitCode().equals(execution.getExitStatus().getExitCode());
        return recovered && execution.getEndTime() != null
                ? Optional.of("进程中断，已于 " + execution.getEndTime().format(RECOVERED_AT) + " 恢复（标记为失败，可重新运行，已写的文档不会重写）")
                : Optional.empty();
    }

    private RunRecord record(JobExecution execution) {
        JobParameters parameters = execution.getJobParameters();
        // The documents step's partitions (runs recorded before partitioning: the step itself) hold the progress.
        List<StepExecution> parts = execution.getStepExecutions().stream()
                .filter(s -> s.getStepName().startsWith(RunProgress.PARTITION_STEP + ":")).toList();
        if (parts.isEmpty()) {
            parts = execution.getStepExecutions().stream().filter(s -> s.getStepName().equals(RunProgress.STEP)).toList();
        }
        var documents = generated.idsOfExecution(execution.getId());
        Optional<Integer> total = parts.stream().map(StepExecution::getExecutionContext)
                .filter(c -> c.containsKey(RunProgress.TOTAL)).map(c -> c.getInt(RunProgress.TOTAL))
                .reduce(Integer::sum);
        Optional<String> next = parts.stream().map(StepExecution::getExecutionContext)
                .filter(c -> c.containsKey(RunProgress.NEXT)).map(c -> c.getString(RunProgress.NEXT)).findFirst();
        // The readers' positions count across restarts; a write count is this execution's own. A reader that has
        // read its last document counts the read that found nothing more: at most the partition's size.
        int written = parts.stream().mapToInt(s -> {
            var context = s.getExecutionContext();
            int read = context.getInt("documents.read.count", (int) s.getWriteCount());
            return context.containsKey(RunProgress.TOTAL) ? Math.min(read, context.getInt(RunProgress.TOTAL)) : read;
        }).sum();
        return new RunRecord(execution.getId(), execution.getStatus().name(), execution.getCreateTime(),
                Optional.ofNullable(execution.getEndTime()),
                Optional.ofNullable(parameters.getString(StartedBy.PARAMETER)).orElse("command"),
                RunPlan.unitsShown(parameters), parameters.getString("period", ""),
                parameters.getString("documents", ""), written, total,
                execution.isRunning() ? next : Optional.empty(),
                documents.warnings(),
                cause(execution),
                documents.ids());
    }
}

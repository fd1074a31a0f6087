package org.jianbao.run;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Service;

import org.jianbao.batch.JobRunner;
import org.jianbao.batch.RunParameters;
import org.jianbao.batch.RunPlan;
import org.jianbao.generation.GeneratedDocuments;
import org.jianbao.generation.InputProblem;

/**
 * The one way to start a run: request → plan → job parameters → launch → outcome. The {@code run} command
 * waits for its run ({@link #run}); the pages, the API and the schedule hand theirs to a background executor
 * ({@link #submit}) and follow it by id, and a request identical to a run still going joins that run.
 */
@Service
public class RunService {

    /** Job parameters that do not make two requests different runs: who asked, and a forced run's uniqueness. */
    private static final List<String> NOT_THE_RUN = List.of(StartedBy.PARAMETER, "forced");

    private final RunPlanner planner;
    private final RunParameters runParameters;
    private final JobRunner jobRunner;
    private final Job documentsJob;
    private final JobRepository jobRepository;
    private final GeneratedDocuments generated;
    private final OnDemandLauncher onDemand;
    private final RunHistory history;

    RunService(RunPlanner planner, RunParameters runParameters, JobRunner jobRunner, Job documentsJob,
               JobRepository jobRepository, GeneratedDocuments generated, OnDemandLauncher onDemand, RunHistory history) {
        this.history = history;
        this.planner = planner;
        this.runParameters = runParameters;
        this.jobRunner = jobRunner;
        this.documentsJob = documentsJob;
        this.jobRepository = jobRepository;
        this.generated = generated;
        this.onDemand = onDemand;
    }

    /**
     * Runs on the caller's thread and waits for the outcome.
     *
     * @param recover on a shared database, mark a run left STARTED by a killed process as failed first
     * @throws RunRequestException the request cannot become a run, or another run is marked active
     */
    public RunResult run(RunRequest request, StartedBy startedBy, boolean recover) throws Exception {
        RunPlan plan = planner.plan(request);
        JobRunner.Outcome outcome;
        try {
            outcome = jobRunner.run(documentsJob, parameters(plan, request.force(), startedBy), recover);
        } catch (JobRunner.StillRunningException e) {
            throw new RunRequestException(e.getMessage(), e);
        }
        if (outcome instanceof JobRunner.Outcome.AlreadyComplete) {
            return new RunResult.NothingNew();
        }
        return result(((JobRunner.Outcome.Ran) outcome).execution());
    }

    /** The run going on now, as the history shows it: for a follower of {@link #run}, which waits on its thread. */
    public Optional<RunRecord> current() {
        return history.running();
    }

    /**
     * Starts the run in the background and returns its id at once; joins an identical run still going.
     *
     * @throws RunRequestException the request cannot become a run, or a run killed with its process is still
     *                             marked active on a shared database
     */
    public synchronized Submission submit(RunRequest request, StartedBy startedBy) throws Exception {
        RunPlan plan = planner.plan(request);
        JobParameters parameters = parameters(plan, request.force(), startedBy);
        Map<String, Object> run = identity(parameters);
        for (JobExecution going : jobRepository.findRunningJobExecutions(documentsJob.getName())) {
            if (identity(going.getJobParameters()).equals(run)) {
                return new Submission.Joined(going.getId());
            }
        }
        JobRunner.Outcome outcome;
        try {
            outcome = jobRunner.run(documentsJob, parameters, false, onDemand.operator());
        } catch (JobRunner.StillRunningException e) {
            throw new RunRequestException(e.getMessage(), e);
        }
        if (outcome instanceof JobRunner.Outcome.Ran ran) {
            return new Submission.Started(ran.execution().getId());
        }
        JobExecution last = jobRepository.getLastJobExecution(documentsJob.getName(), parameters);
        return new Submission.NothingNew(last.getId());
    }

    /**
     * Restarts a failed or stopped run in the background, from the document it stopped at.
     *
     * @return the id of the new run
     * @throws RunNotFoundException no run with that id
     * @throws RunRequestException  the run did not fail or stop
     */
    public synchronized long restart(long runId) throws Exception {
        return jobRunner.restart(restartable(runId), onDemand.operator()).getId();
    }

    /** As {@link #restart(long)}, on the caller's thread, waiting for the outcome ({@code restart ID}). */
    public RunResult restartAndWait(long runId) throws Exception {
        return result(jobRunner.restart(restartable(runId)));
    }

    private JobExecution restartable(long runId) {
        JobExecution execution = execution(jobRepository, runId);
        if (execution == null || !execution.getJobInstance().getJobName().equals(documentsJob.getName())) {
            throw new RunNotFoundException(runId);
        }
        if (execution.getStatus() != BatchStatus.FAILED && execution.getStatus() != BatchStatus.STOPPED) {
            throw new RunRequestException("run " + runId + " is " + execution.getStatus()
                    + ": only a failed or stopped run can be restarted");
        }
        JobExecution last = jobRepository.getLastJobExecution(execution.getJobInstance());
        if (last != null && last.getId() != runId) {
            throw new RunRequestException("run " + runId + " was restarted already as run " + last.getId());
        }
        return execution;
    }

    /** The outcome of a finished run as the command reports it. */
    public RunResult result(JobExecution execution) {
        var documents = generated.ofExecution(execution.getId());
        if (JobRunner.succeeded(execution)) {
            return new RunResult.Completed(execution.getId(), documents);
        }
        List<Throwable> failures = execution.getAllFailureExceptions();
        return new RunResult.Failed(execution.getId(), execution.getStatus(), documents,
                failures.stream().map(InputProblem::in).flatMap(Optional::stream).findFirst(),
                failures.stream().map(RunService::rootCause).toList());
    }

    private JobParameters parameters(RunPlan plan, boolean force, StartedBy startedBy) {
        return new JobParametersBuilder(runParameters.of(plan, force))
                .addString(StartedBy.PARAMETER, startedBy.value(), false)
                .toJobParameters();
    }

    private static Map<String, Object> identity(JobParameters parameters) {
        return parameters.getIdentifyingParameters().stream()
                .filter(p -> !NOT_THE_RUN.contains(p.name()))
                .collect(Collectors.toMap(JobParameter::name, JobParameter::value));
    }

    /** The execution with that id, or null (the JDBC repository throws where the interface promises null). */
    static JobExecution execution(JobRepository jobRepository, long id) {
        try {
            return jobRepository.getJobExecution(id);
        } catch (org.springframework.dao.EmptyResultDataAccessException e) {
            return null;
        }
    }

    /** Batch wraps the document's own error ("Unable to process chunk"); the operator needs the cause. */
    public static String rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() != null ? cause.getMessage() : cause.toString();
    }
}

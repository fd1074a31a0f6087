package org.jianbao.batch;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Starts jobs for the command line (and later the web and the scheduler): all through the same
 * {@link JobOperator}, with the stale-execution recovery a crashed process needs.
 */
@Component
public class JobRunner {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;

    JobRunner(JobOperator jobOperator, JobRepository jobRepository) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
    }

    /** What came of a request to run a job. */
    public sealed interface Outcome {
        /** The job ran (successfully or not) in this call. */
        record Ran(JobExecution execution) implements Outcome {
        }

        /** A job instance with the same identifying parameters already completed: nothing to do. */
        record AlreadyComplete(JobParameters parameters) implements Outcome {
        }
    }

    /**
     * Runs the job on the caller's thread. Executions still marked STARTED are recovered first:
     * the embedded H2 database admits a single process, so a STARTED execution found at start-up
     * belongs to a process that was killed (kill -9, power loss) and would otherwise block a
     * restart for ever (spring-batch #3127).
     */
    public Outcome run(Job job, JobParameters parameters) throws Exception {
        recoverStaleExecutions(job.getName());
        try {
            JobExecution execution = jobOperator.start(job, parameters);
            return new Outcome.Ran(execution);
        } catch (JobInstanceAlreadyCompleteException e) {
            return new Outcome.AlreadyComplete(parameters);
        }
    }

    void recoverStaleExecutions(String jobName) {
        Set<JobExecution> running = jobRepository.findRunningJobExecutions(jobName);
        for (JobExecution stale : running) {
            log.warn("Execution {} of {} was left {} by a process that stopped; marking it failed so it can be restarted",
                    stale.getId(), jobName, stale.getStatus());
            jobOperator.recover(stale);
        }
    }

    public static boolean succeeded(JobExecution execution) {
        return execution.getStatus() == BatchStatus.COMPLETED;
    }
}

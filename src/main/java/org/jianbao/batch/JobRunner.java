package org.jianbao.batch;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Starts jobs for the run service (commands, schedule, pages, API) through {@link JobOperator}s on the one job
 * repository, with the stale-execution recovery a crashed process needs.
 */
@Component
public class JobRunner {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final JdbcClient jdbc;
    private final boolean singleProcessDatabase;
    private final boolean sharedH2File;
    /** Executions started in this process on an asynchronous launcher: alive, whatever the database says. */
    private final Set<Long> launchedHere = ConcurrentHashMap.newKeySet();

    JobRunner(JobOperator jobOperator, JobRepository jobRepository, JdbcClient jdbc,
              @Value("${spring.datasource.url:}") String databaseUrl) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.jdbc = jdbc;
        this.singleProcessDatabase = isSingleProcess(databaseUrl);
        this.sharedH2File = !singleProcessDatabase && databaseUrl.toUpperCase(Locale.ROOT).startsWith("JDBC:H2:")
                && databaseUrl.toUpperCase(Locale.ROOT).contains("AUTO_SERVER=TRUE");
    }

    /**
     * Whether no other process uses the database now, so that whatever it shows as running was left by a process
     * that is gone. An H2 file in mixed mode (AUTO_SERVER, so that commands work while {@code serve} holds it) is
     * shared only while another process is connected: H2 lists such sessions with the server they came through.
     */
    private boolean aloneOnDatabase() {
        if (singleProcessDatabase) {
            return true;
        }
        return sharedH2File && jdbc.sql("select count(*) from information_schema.sessions where server is not null")
                .query(Long.class).single() == 0;
    }

    /**
     * At the start of a long-running process ({@code serve}): runs left STARTED by a killed process are marked failed
     * when no other process uses the database, so the history tells the truth and a restart resumes them; on a shared
     * database that stays the operator's word ({@code run --recover}).
     */
    public synchronized void recoverIfAlone(Job job) {
        if (aloneOnDatabase()) {
            recoverStaleExecutions(job.getName());
        } else if (!othersRunning(job.getName()).isEmpty()) {
            log.warn("{} is marked running on a shared database: if no other process runs it, `run --recover` marks it failed",
                    job.getName());
        }
    }

    /**
     * An embedded H2 file (or memory) database admits one process at a time: whatever it shows as running was
     * left by a process that is gone. A server database (PostgreSQL, H2 with AUTO_SERVER or TCP) may be shared
     * by a run on another host that is very much alive.
     */
    static boolean isSingleProcess(String url) {
        String u = url.toUpperCase(Locale.ROOT);
        return (u.startsWith("JDBC:H2:FILE:") || u.startsWith("JDBC:H2:MEM:") || u.startsWith("JDBC:H2:./"))
                && !u.contains("AUTO_SERVER=TRUE");
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
     * Runs the job on the caller's thread. On the embedded H2 database, executions still marked STARTED
     * are recovered first: they belong to a process that was killed (kill -9, power loss) and would
     * otherwise block a restart for ever (spring-batch #3127). On a shared database that needs the
     * operator's word ({@code run --recover}).
     */
    public Outcome run(Job job, JobParameters parameters) throws Exception {
        return run(job, parameters, false);
    }

    /**
     * @param recover mark executions left STARTED as failed even on a shared database — for the operator who
     *                knows no other run is active (a killed process on a PostgreSQL installation)
     */
    public Outcome run(Job job, JobParameters parameters, boolean recover) throws Exception {
        return run(job, parameters, recover, jobOperator);
    }

    /**
     * As {@link #run(Job, JobParameters, boolean)}, started by {@code launcher}: an operator on an asynchronous
     * executor returns as soon as the execution is recorded (the service's on-demand runs). Executions this
     * process launched and that are still going are never taken for stale ones.
     */
    public synchronized Outcome run(Job job, JobParameters parameters, boolean recover, JobOperator launcher)
            throws Exception {
        Set<JobExecution> running = othersRunning(job.getName());
        if (!running.isEmpty() && !recover && !aloneOnDatabase()) {
            throw new StillRunningException(running.iterator().next());
        }
        recoverStaleExecutions(job.getName());
        try {
            JobExecution execution = launcher.start(job, parameters);
            if (execution.isRunning()) {
                launchedHere.add(execution.getId());
            }
            return new Outcome.Ran(execution);
        } catch (JobInstanceAlreadyCompleteException e) {
            return new Outcome.AlreadyComplete(parameters);
        }
    }

    /** Restarts a failed or stopped execution on the caller's thread and returns when it is over. */
    public JobExecution restart(JobExecution failed) throws Exception {
        return restart(failed, jobOperator);
    }

    /** Restarts a failed or stopped execution on {@code launcher}; the new execution counts as this process's. */
    public synchronized JobExecution restart(JobExecution failed, JobOperator launcher) throws Exception {
        JobExecution execution = launcher.restart(failed);
        if (execution.isRunning()) {
            launchedHere.add(execution.getId());
        }
        return execution;
    }

    /** Executions marked running that this process did not launch (or launched and saw finish). */
    private Set<JobExecution> othersRunning(String jobName) {
        Set<JobExecution> running = jobRepository.findRunningJobExecutions(jobName);
        Set<Long> stillRunning = running.stream().map(JobExecution::getId).collect(Collectors.toSet());
        launchedHere.retainAll(stillRunning);
        return running.stream().filter(e -> !launchedHere.contains(e.getId()))
                .collect(Collectors.toSet());
    }

    void recoverStaleExecutions(String jobName) {
        for (JobExecution stale : othersRunning(jobName)) {
            log.warn("Execution {} of {} was left {} by a process that stopped; marking it failed so it can be restarted",
                    stale.getId(), jobName, stale.getStatus());
            jobOperator.recover(stale);
        }
    }

    /** Another execution of the job is marked running on a database other processes may share. */
    public static final class StillRunningException extends RuntimeException {
        StillRunningException(JobExecution execution) {
            super("execution " + execution.getId() + " of " + execution.getJobInstance().getJobName() + ", started "
                    + execution.getStartTime() + ", is still marked " + execution.getStatus()
                    + ": another run is active, or one was killed. If no other run is active, run again with --recover");
        }
    }

    public static boolean succeeded(JobExecution execution) {
        return execution.getStatus() == BatchStatus.COMPLETED;
    }
}

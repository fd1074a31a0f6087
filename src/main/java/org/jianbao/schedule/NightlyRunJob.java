package org.jianbao.schedule;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.quartz.QuartzJobBean;

import org.jianbao.run.RunRequest;
import org.jianbao.run.RunRequestException;
import org.jianbao.run.RunService;
import org.jianbao.run.StartedBy;
import org.jianbao.run.Submission;

/**
 * What the nightly trigger does: ask the run service for the configured run, as {@code run} without options
 * would. Same identity rules (nothing new → nothing written); the run goes on in the background, so a long run
 * holds no Quartz thread, and a run already going (started from a page) is joined, not doubled.
 */
@DisallowConcurrentExecution
class NightlyRunJob extends QuartzJobBean {

    private static final Logger log = LoggerFactory.getLogger(NightlyRunJob.class);

    private final RunService runs;

    NightlyRunJob(RunService runs) {
        this.runs = runs;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) throws JobExecutionException {
        try {
            Submission submission = runs.submit(RunRequest.configured(), StartedBy.schedule());
            log.info("Nightly run (fired {}, scheduled {}): {}", context.getFireTime(), context.getScheduledFireTime(),
                    submission);
        } catch (RunRequestException e) {
            // Not Quartz's to retry: the speech or the configuration needs fixing; the run history shows the night.
            log.error("Nightly run not started: {}", e.getMessage());
        } catch (Exception e) {
            throw new JobExecutionException(e);
        }
    }
}

package org.jianbao.run;

import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import org.jianbao.batch.JobRunner;

/**
 * When {@code serve} starts after being killed mid-run ({@code kill -9}, power loss), the run it left STARTED is
 * marked failed at once — on the embedded database, where no other process can be running it — so the history
 * shows it failed and a restart (the button, or the next night with the same inputs) resumes at its document.
 */
@Component
@Profile("serve")
class StaleRunRecovery implements SmartInitializingSingleton {

    private final JobRunner jobRunner;
    private final Job documentsJob;

    StaleRunRecovery(JobRunner jobRunner, Job documentsJob) {
        this.jobRunner = jobRunner;
        this.documentsJob = documentsJob;
    }

    @Override
    public void afterSingletonsInstantiated() {
        jobRunner.recoverIfAlone(documentsJob);
    }
}

package org.jianbao.batch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.jianbao.distribution.DistributionProperties;
import org.jianbao.distribution.DistributionSummary;
import org.jianbao.distribution.Distributor;

/**
 * The main job's last step: deliver what the run wrote. The documents are written and recorded by then; a
 * recipient's failure is a delivery record, never a failed run. Only a failure of the system (the database)
 * fails this step, and a restart then repeats this step alone.
 */
@Configuration
class DistributeStepConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DistributeStepConfiguration.class);

    @Bean
    Step distribute(JobRepository jobRepository, Distributor distributor, DistributionProperties properties) {
        return new StepBuilder("distribute", jobRepository)
                .tasklet((contribution, chunk) -> {
                    var step = contribution.getStepExecution();
                    if (!properties.enabled()) {
                        step.setExitStatus(ExitStatus.COMPLETED.addExitDescription("distribution off"));
                        return RepeatStatus.FINISHED;
                    }
                    DistributionSummary summary = distributor.afterRun(step.getJobExecutionId());
                    summary.lines().forEach(line -> {
                        if (line.startsWith("awaiting") || line.contains("unknown (")) {
                            log.warn(line);
                        } else {
                            log.info(line);
                        }
                    });
                    // The run's own record: BATCH_STEP_EXECUTION.EXIT_MESSAGE of this step.
                    step.setExitStatus(ExitStatus.COMPLETED.addExitDescription(String.join("\n", summary.lines())));
                    return RepeatStatus.FINISHED;
                    // No step transaction: each record's change of state commits on its own, SENDING before sending.
                }, new ResourcelessTransactionManager())
                .build();
    }
}

package org.jianbao.run;

import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.support.JobOperatorFactoryBean;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A job operator whose runs go on in the background: a request from a page or the scheduler returns as soon as
 * the run is recorded, while Boot's own operator (the caller's thread) stays what the {@code run} command uses.
 * Not a {@link JobOperator} bean of its own, so that one stays the only one injected by type.
 * Runs beyond {@code jianbao.runs.concurrent} wait in a queue, recorded as STARTING.
 */
@Component
class OnDemandLauncher implements DisposableBean {

    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;
    private final ApplicationContext context;
    private final int concurrent;
    private ThreadPoolTaskExecutor executor;
    private JobOperator operator;

    OnDemandLauncher(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                     ApplicationContext context, @Value("${jianbao.runs.concurrent:1}") int concurrent) {
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.context = context;
        this.concurrent = concurrent;
    }

    /** Made on the first background run: commands that never submit one pay nothing for it. */
    synchronized JobOperator operator() throws Exception {
        if (operator == null) {
            executor = new ThreadPoolTaskExecutor();
            executor.setCorePoolSize(concurrent);
            executor.setMaxPoolSize(concurrent);
            executor.setThreadNamePrefix("run-");
            executor.initialize();
            JobOperatorFactoryBean factory = new JobOperatorFactoryBean();
            factory.setJobRepository(jobRepository);
            factory.setTransactionManager(transactionManager);
            factory.setTaskExecutor(executor);
            factory.setApplicationContext(context);
            factory.afterPropertiesSet();
            operator = factory.getObject();
        }
        return operator;
    }

    @Override
    public synchronized void destroy() {
        if (executor != null) {
            executor.shutdown(); // waits for nothing: a run cut short is recovered as after kill -9
        }
    }
}

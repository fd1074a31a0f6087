package org.jianbao.batch;

import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * Runs the documents step's partitions on threads of this process ({@code jianbao.run.threads}, one per core by
 * default). This is the one piece remote partitioning replaces: a {@code MessageChannelPartitionHandler} (Spring
 * Batch Integration) sending the same partitions to workers that run the same {@code generateDocumentsPartition}
 * step — the partitioner, the reader and the step do not change.
 */
@Configuration(proxyBeanMethods = false)
class LocalPartitioning {

    @Bean
    PartitionHandler documentsPartitionHandler(Step generateDocumentsPartition, RunProperties properties) {
        // Threads made per partition, at most `threads` at once (the handler waits for a free one): no pool to
        // keep or shut down, and not a TaskExecutor bean, which would replace Boot's application executor.
        SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("documents-");
        threads.setConcurrencyLimit(properties.effectiveThreads());
        TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
        handler.setStep(generateDocumentsPartition);
        handler.setTaskExecutor(threads);
        handler.setGridSize(properties.effectivePartitions());
        return handler;
    }
}

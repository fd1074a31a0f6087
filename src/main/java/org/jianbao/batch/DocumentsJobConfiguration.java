package org.jianbao.batch;

import java.util.Map;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import org.jianbao.distribution.RecipientImporter;
import org.jianbao.generation.DocumentGenerator;
import org.jianbao.generation.DocumentRequest;
import org.jianbao.generation.GeneratedDocument;
import org.jianbao.generation.GeneratedDocuments;
import org.jianbao.generation.ReportFacts;
import org.jianbao.indicator.InboxImporter;
import org.jianbao.indicator.IndicatorQueries;
import org.jianbao.indicator.SampleData;

/**
 * The main job, read top to bottom: take in new data → one document per item, in partitions of units written side
 * by side → distribute. Each document is its own chunk, so a failure stops at that document and a restart resumes
 * there instead of re-rendering what is already in the output folder.
 */
@Configuration
class DocumentsJobConfiguration {

    static final String JOB_NAME = "documents";

    @Bean
    Step importData(JobRepository jobRepository, SampleData sampleData, InboxImporter inbox,
                    RecipientImporter recipients) {
        return new StepBuilder("importData", jobRepository)
                .tasklet((contribution, chunk) -> {
                    sampleData.ensureLoaded();
                    recipients.ensureLoaded(); // before the documents: the briefing's tail comes from the list
                    inbox.importInbox();
                    return RepeatStatus.FINISHED;
                    // No step transaction: every file is imported in a transaction of its own, and a refused
                    // file is reported (moved to refused/ with its errors), not a reason to undo the others.
                }, new ResourcelessTransactionManager())
                .build();
    }

    /**
     * The split of a run into partitions of consecutive units, made once when the documents step starts (after the
     * import step) and kept in the job repository.
     */
    @Bean
    @StepScope
    DocumentPartitioner documentPartitioner(@Value("#{jobParameters}") Map<String, Object> parameters,
                                            ReportFacts facts, IndicatorQueries queries) {
        return new DocumentPartitioner(RunPlan.from(parameters), facts, queries);
    }

    /** One per partition: the step scope of a partition is its own step execution. */
    @Bean
    @StepScope
    DocumentRequestReader documentRequestReader(@Value("#{jobParameters}") Map<String, Object> parameters,
                                                @Value("#{stepExecutionContext}") Map<String, Object> partition,
                                                ReportFacts facts, IndicatorQueries queries) {
        return new DocumentRequestReader(RunPlan.from(parameters), partition, facts, queries);
    }

    @Bean
    @StepScope
    DocumentLogWriter documentLogWriter(GeneratedDocuments documents, DocumentRequestReader reader, DocumentMetrics metrics) {
        return new DocumentLogWriter(documents, reader, metrics);
    }

    /**
     * What one partition does, wherever it runs: one chunk per document, so a failure stops at that document and a
     * restart resumes there instead of re-rendering what is already in the output folder.
     */
    @Bean
    Step generateDocumentsPartition(JobRepository jobRepository, PlatformTransactionManager tx,
                                    DocumentRequestReader reader, DocumentGenerator generator, DocumentLogWriter writer) {
        return new StepBuilder(RunProgress.PARTITION_STEP, jobRepository)
                .<DocumentRequest, GeneratedDocument>chunk(1)
                .transactionManager(tx)
                .reader(reader)
                .processor(generator::generate)
                .writer(writer)
                .listener(writer)
                .build();
    }

    /**
     * The documents step: split, hand the partitions to the {@link PartitionHandler} (threads of this process, see
     * {@link LocalPartitioning}), wait, sum up. The step fails when a partition fails; its restart runs only the
     * unfinished partitions, each from its last written document.
     */
    @Bean
    Step generateDocuments(JobRepository jobRepository, DocumentPartitioner partitioner, PartitionHandler partitionHandler) {
        return new StepBuilder(RunProgress.STEP, jobRepository)
                .partitioner(RunProgress.PARTITION_STEP, partitioner)
                .partitionHandler(partitionHandler)
                .build();
    }

    @Bean
    Job documentsJob(JobRepository jobRepository, Step importData, Step generateDocuments, Step distribute,
                     DocumentMetrics metrics) {
        // No incrementer: the identifying parameters (speech, data, templates) decide whether a run is new.
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(metrics)
                .start(importData)
                .next(generateDocuments)
                .next(distribute)
                .build();
    }
}

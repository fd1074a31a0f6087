package org.jianbao.batch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.ItemProcessListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import org.jianbao.generation.DocumentRequest;
import org.jianbao.generation.GeneratedDocument;
import org.jianbao.generation.GeneratedDocuments;
import org.jianbao.generation.InputProblem;

/**
 * Records each written document against the job execution (the distribution step and the commands
 * read them back from there) and shows progress on long runs: {@code [3/40] 示范区工作进展简报…}.
 */
class DocumentLogWriter implements ItemWriter<GeneratedDocument>, StepExecutionListener,
        ItemProcessListener<DocumentRequest, GeneratedDocument> {

    private static final Logger log = LoggerFactory.getLogger(DocumentLogWriter.class);

    private final GeneratedDocuments documents;
    private final DocumentRequestReader reader;
    private final DocumentMetrics metrics;
    private long jobExecutionId;

    DocumentLogWriter(GeneratedDocuments documents, DocumentRequestReader reader, DocumentMetrics metrics) {
        this.documents = documents;
        this.reader = reader;
        this.metrics = metrics;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        jobExecutionId = stepExecution.getJobExecutionId();
    }

    @Override
    public void onProcessError(DocumentRequest request, Exception e) {
        // The one place a failed document is logged (Batch's own step logging is off): a problem in the
        // user's files in one line, anything else with its stack trace.
        metrics.failed(request.kind());
        var problem = InputProblem.in(e);
        if (problem.isPresent()) {
            log.error("[{}/{}] failed: {} {} {}: {}", reader.position(), reader.size(), request.kind().label(), request.unit(),
                    request.period(), problem.get().getMessage());
        } else {
            log.error("[{}/{}] failed: {} {} {}: {}", reader.position(), reader.size(), request.kind().label(), request.unit(),
                    request.period(), e.getMessage(), e);
        }
    }

    @Override
    public void write(Chunk<? extends GeneratedDocument> chunk) {
        for (GeneratedDocument document : chunk) {
            documents.record(jobExecutionId, document);
            metrics.written(document.request().kind());
            // One document per chunk: the reader's position is this document's place in the run, also after a restart.
            log.info("[{}/{}] {}{}", reader.position(), reader.size(), document.docx(),
                    document.warnings().isEmpty() ? "" : " (" + document.warnings().size() + " warnings)");
            document.warnings().forEach(w -> log.warn("    {}", w));
        }
    }
}

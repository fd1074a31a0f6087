package org.jianbao.batch;

import java.time.Duration;
import java.time.LocalDateTime;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;

import org.jianbao.generation.DocumentKind;

/**
 * The job's metrics, for {@code serve}'s actuator ({@code /actuator/metrics}): {@value #WRITTEN} and {@value #FAILED}
 * documents by kind, and {@value #RUN} (duration by outcome). The commands run without a meter registry (the
 * service's auto-configurations load only for {@code serve}); there every call is a no-op.
 */
@Component
public class DocumentMetrics implements JobExecutionListener {

    public static final String WRITTEN = "jianbao.documents.written";
    public static final String FAILED = "jianbao.documents.failed";
    public static final String RUN = "jianbao.run.duration";

    private final ObjectProvider<MeterRegistry> registry;

    DocumentMetrics(ObjectProvider<MeterRegistry> registry) {
        this.registry = registry;
    }

    void written(DocumentKind kind) {
        registry.ifAvailable(r -> r.counter(WRITTEN, "kind", kind.name().toLowerCase()).increment());
    }

    void failed(DocumentKind kind) {
        registry.ifAvailable(r -> r.counter(FAILED, "kind", kind.name().toLowerCase()).increment());
    }

    @Override
    public void afterJob(JobExecution execution) {
        LocalDateTime start = execution.getStartTime();
        LocalDateTime end = execution.getEndTime() != null ? execution.getEndTime() : LocalDateTime.now();
        if (start == null) {
            return;
        }
        registry.ifAvailable(r -> r.timer(RUN, "status", execution.getStatus().name().toLowerCase())
                .record(Duration.between(start, end)));
    }
}

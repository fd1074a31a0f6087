package org.jianbao.batch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.stereotype.Component;

import org.jianbao.generation.DocumentKind;
import org.jianbao.generation.TemplateLibrary;
import org.jianbao.generation.DataFingerprint;
import org.jianbao.indicator.IndicatorImporter;

/**
 * Builds the identifying parameters of a run: the plan plus fingerprints of everything the
 * documents are made from (speech bytes, template bytes, the set of data files). Same inputs →
 * same job instance → "already complete"; any change → a new run.
 */
@Component
public class RunParameters {

    private final TemplateLibrary templates;
    private final DataFingerprint data;

    RunParameters(TemplateLibrary templates, DataFingerprint data) {
        this.templates = templates;
        this.data = data;
    }

    public JobParameters of(RunPlan plan, boolean force) {
        var builder = plan.toParameters()
                .addString("speechSha256", IndicatorImporter.sha256(plan.speech()))
                .addString("templatesSha256", templatesSha256(plan))
                .addString("dataFingerprint", data.current());
        if (force) {
            // Unique, not a timestamp: two forced runs must differ even under a fixed test clock.
            builder.addString("forced", UUID.randomUUID().toString());
        }
        return builder.toJobParameters();
    }

    private String templatesSha256(RunPlan plan) {
        StringBuilder all = new StringBuilder();
        for (DocumentKind kind : plan.kinds()) {
            Path file = templates.pathOf(kind);
            all.append(kind).append('=').append(Files.exists(file) ? IndicatorImporter.sha256(file) : "missing").append(';');
        }
        return all.toString();
    }

}

package org.jianbao.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * A run's record names its documents by id and sums their warnings from the database (not from every row with its
 * warning text): the same figures, its own execution's documents only.
 */
@SpringBootTest
@ActiveProfiles("test")
class RunHistoryDocumentsTest {

    @Autowired
    Job documentsJob;
    @Autowired
    JobRepository jobRepository;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RunHistory history;

    @Test
    void aRunsRecordListsItsDocumentIdsAndSumsTheirWarnings() {
        JobExecution run = execution("history-documents");
        JobExecution other = execution("history-other");
        long first = insert(run.getId(), "甲区", 2);
        insert(other.getId(), "乙区", 9);
        long second = insert(run.getId(), "丙区", 0);
        long third = insert(run.getId(), "丁区", 5);

        RunRecord record = history.find(run.getId()).orElseThrow();

        assertThat(record.documents()).containsExactly(first, second, third);
        assertThat(record.warnings()).isEqualTo(7);
        RunRecord none = history.find(execution("history-empty").getId()).orElseThrow();
        assertThat(none.documents()).isEmpty();
        assertThat(none.warnings()).isZero();
    }

    private JobExecution execution(String name) {
        JobParameters parameters = new JobParametersBuilder().addString("test", name).toJobParameters();
        return jobRepository.createJobExecution(jobRepository.createJobInstance(documentsJob.getName(), parameters),
                parameters, new ExecutionContext());
    }

    private long insert(long jobExecutionId, String unit, int warnings) {
        jdbc.sql("insert into generated_document (job_execution_id, kind, unit_name, period, docx_path, pdf_path, pages,"
                        + " warnings, warning_text, created_at) values (?, 'BRIEFING', ?, '2026-10', ?, ?, 4, ?, ?, ?)")
                .params(jobExecutionId, unit, "out/" + unit + ".docx", "out/" + unit + ".pdf", warnings,
                        String.join("\n", java.util.Collections.nCopies(warnings, "未填写 ×")), LocalDateTime.now())
                .update();
        return jdbc.sql("select max(id) from generated_document").query(Long.class).single();
    }
}

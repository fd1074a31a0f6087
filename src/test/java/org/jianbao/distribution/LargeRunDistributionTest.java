package org.jianbao.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The distribute step on a run of more documents than it plans per query (several pages) and than a summary names
 * one by one: every document planned once, the summary a handful of lines with the count of the rest, and a resumed
 * run (a second execution of the same job instance) planning only what its first attempt left. The documents are
 * rows as the documents step records them; no files are needed (nobody receives briefings without approval).
 */
@SpringBootTest
@ActiveProfiles("test")
class LargeRunDistributionTest {

    private static final int DOCUMENTS = 2 * Distributor.PLAN_PAGE + 37;

    @Autowired
    Distributor distributor;
    @Autowired
    JobRepository jobRepository;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aLargeRunIsPlannedAPageAtATimeAndSummarisedInAFewLines() {
        JobParameters parameters = new JobParametersBuilder().addString("test", "large-run").toJobParameters();
        JobInstance instance = jobRepository.createJobInstance("largeRunDistribution", parameters);
        JobExecution first = jobRepository.createJobExecution(instance, parameters, new ExecutionContext());
        insertBriefings(first.getId(), 0, DOCUMENTS);
        // another run's document: not this run's to plan or count
        JobParameters other = new JobParametersBuilder().addString("test", "other-run").toJobParameters();
        JobExecution otherRun = jobRepository.createJobExecution(jobRepository.createJobInstance("largeRunDistribution",
                other), other, new ExecutionContext());
        insertBriefings(otherRun.getId(), DOCUMENTS, 1);

        DistributionSummary summary = distributor.afterRun(first.getId());

        assertThat(registered(first.getId())).as("every document planned once").isEqualTo(DOCUMENTS);
        assertThat(registered(otherRun.getId())).isZero();
        assertThat(summary.awaitingTotal()).isEqualTo(DOCUMENTS);
        assertThat(summary.awaiting()).hasSize(DistributionSummary.AWAITING_LISTED);
        List<String> lines = summary.lines();
        assertThat(lines.size()).as("lines: %s", lines).isLessThanOrEqualTo(DistributionSummary.AWAITING_LISTED + 5);
        assertThat(lines).contains("awaiting approval: " + (DOCUMENTS - DistributionSummary.AWAITING_LISTED)
                + " more documents of this run (" + DOCUMENTS + " in all; deliveries --status AWAITING_APPROVAL lists them,"
                + " deliveries approve --all releases them)");
        assertThat(lines).filteredOn(l -> l.startsWith("awaiting approval: document ")).first().asString()
                .contains("大区0000工作进展简报");

        // The first attempt failed after its documents; the restart (same instance) writes ten more.
        first.setStatus(BatchStatus.FAILED);
        first.setEndTime(LocalDateTime.now());
        jobRepository.update(first);
        JobExecution resumed = jobRepository.createJobExecution(instance, parameters, new ExecutionContext());
        insertBriefings(resumed.getId(), DOCUMENTS + 1, 10);

        DistributionSummary again = distributor.afterRun(resumed.getId());

        assertThat(registered(first.getId()) + registered(resumed.getId())).isEqualTo(DOCUMENTS + 10);
        assertThat(jdbc.sql("select count(*) from dist_document").query(Integer.class).single())
                .as("nothing planned twice").isEqualTo(DOCUMENTS + 10);
        assertThat(again.awaitingTotal()).as("the run is both attempts").isEqualTo(DOCUMENTS + 10);
    }

    private void insertBriefings(long jobExecutionId, int from, int count) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            String unit = String.format("大区%04d", i);
            String file = "target/test-output/large-run/" + unit + "工作进展简报-2026年第1期";
            rows.add(new Object[] {jobExecutionId, unit, file + ".docx", file + ".pdf"});
        }
        for (Object[] r : rows) {
            jdbc.sql("insert into generated_document (job_execution_id, kind, unit_name, period, docx_path, pdf_path,"
                    + " pages, warnings, created_at) values (?, 'BRIEFING', ?, '2026-10', ?, ?, 4, 0, ?)")
                    .params(r[0], r[1], r[2], r[3], LocalDateTime.of(2026, 12, 2, 1, 30)).update();
        }
    }

    private int registered(long jobExecutionId) {
        return jdbc.sql("select count(*) from dist_document d join generated_document g on g.id = d.document_id"
                + " where g.job_execution_id = ?").param(jobExecutionId).query(Integer.class).single();
    }
}

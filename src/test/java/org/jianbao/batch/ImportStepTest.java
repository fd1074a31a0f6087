package org.jianbao.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.jianbao.generation.DocumentKind;
import org.jianbao.indicator.IndicatorQueries;

/** The job's import step with a good and a refused file in the inbox: each file stands on its own. */
@SpringBootTest
@ActiveProfiles("test")
class ImportStepTest {

    private static final Path ROOT = Path.of("target/test-output/import-step-" + System.nanoTime());
    private static final Path INBOX = ROOT.resolve("inbox");

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) throws Exception {
        Files.createDirectories(INBOX);
        Files.writeString(INBOX.resolve("a-corrected.csv"),
                "统计期,指标,本期累计,同比增长,全市排名\n2026-10,社会消费品零售总额,231.5,4.3,3\n", StandardCharsets.UTF_8);
        Files.writeString(INBOX.resolve("b-broken.csv"),
                "统计期,指标,本期累计\n2026-10,不存在的指标,abc\n", StandardCharsets.UTF_8);
        registry.add("jianbao.indicator.inbox", INBOX::toString);
        registry.add("jianbao.output-dir", () -> ROOT.resolve("output").toString());
    }

    @Autowired
    JobRunner jobRunner;
    @Autowired
    Job documentsJob;
    @Autowired
    RunParameters runParameters;
    @Autowired
    IndicatorQueries queries;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aRefusedInboxFileIsSetAsideAndTheOthersStayImported() throws Exception {
        RunPlan plan = new RunPlan(Path.of("seeds/speech-third-plenum-county.txt").toAbsolutePath(), List.of("示范区"),
                Optional.empty(), EnumSet.of(DocumentKind.BRIEFING));

        var outcome = (JobRunner.Outcome.Ran) jobRunner.run(documentsJob, runParameters.of(plan, false));

        assertThat(outcome.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(queries.figure("示范区", "社会消费品零售总额", YearMonth.of(2026, 10)).orElseThrow().value())
                .isEqualByComparingTo("231.5");
        assertThat(jdbc.sql("select file_name, outcome from ind_import_log where file_name like '%.csv' and file_name not like '示范区%' order by file_name")
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2)).list())
                .containsExactly("a-corrected.csv IMPORTED", "b-broken.csv REFUSED");
        assertThat(INBOX.resolve("processed/a-corrected.csv")).exists();
        assertThat(INBOX.resolve("refused/b-broken.csv")).exists();
        assertThat(Files.readString(INBOX.resolve("refused/b-broken.csv.errors.txt"))).contains("不存在的指标");
        // the samples went in too: the briefing has its figures
        assertThat(queries.latestPeriod("示范区")).contains(YearMonth.of(2026, 10));
    }
}

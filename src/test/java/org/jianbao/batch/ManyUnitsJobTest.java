package org.jianbao.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.jianbao.generation.DocumentGenerator;
import org.jianbao.generation.DocumentKind;
import org.jianbao.generation.DocumentRequest;
import org.jianbao.generation.GeneratedDocument;
import org.jianbao.generation.GeneratedDocuments;
import org.jianbao.generation.IssueNumbers;
import org.jianbao.indicator.ImportResult;
import org.jianbao.indicator.IndicatorImporter;
import org.jianbao.indicator.IndicatorQueries;
import org.jianbao.indicator.SyntheticUnits;
import org.jianbao.report.DocumentNames;
import org.jianbao.testing.DocumentText;

/**
 * Many units: the synthetic data of {@code sample} imported into a real H2 file database, a run over every unit with
 * data split into partitions written on two threads, a failure in the middle of a partition and its restart, and a
 * unit whose name holds a comma.
 */
@SpringBootTest(properties = {"jianbao.run.threads=2", "jianbao.run.partitions=3"})
@ActiveProfiles("test")
class ManyUnitsJobTest {

    private static final YearMonth PERIOD = YearMonth.of(2026, 10);
    private static final SyntheticUnits SYNTHETIC = new SyntheticUnits(7, 42, PERIOD);
    private static final String COMMA_UNIT = "城东,城西区";
    private static final Path ROOT = Path.of("target/test-output/many-" + System.nanoTime());
    private static final Path OUTPUT = ROOT.resolve("output");
    private static final Path TEMPLATES = ROOT.resolve("templates");
    private static final Path SPEECH = Path.of("seeds/speech-third-plenum-county.txt").toAbsolutePath();

    @DynamicPropertySource
    static void configuration(DynamicPropertyRegistry registry) throws IOException {
        Files.createDirectories(TEMPLATES);
        for (DocumentKind kind : DocumentKind.values()) {
            Files.copy(Path.of("templates", kind.templateFile()), TEMPLATES.resolve(kind.templateFile()),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        registry.add("jianbao.output-dir", OUTPUT::toString);
        registry.add("jianbao.templates-dir", TEMPLATES::toString);
        // What units.yml says for the synthetic units, plus one whose name a comma-joined list would cut in two.
        List<String> units = new ArrayList<>(SYNTHETIC.names());
        units.add(COMMA_UNIT);
        for (int i = 0; i < units.size(); i++) {
            String name = units.get(i);
            registry.add("jianbao.indicator.other-units[" + i + "]", () -> name);
        }
    }

    @Autowired
    IndicatorImporter importer;
    @Autowired
    IndicatorQueries queries;
    @Autowired
    JobRunner jobRunner;
    @Autowired
    Job documentsJob;
    @Autowired
    RunParameters runParameters;
    @Autowired
    GeneratedDocuments generated;
    @Autowired
    IssueNumbers issues;
    @Autowired
    DocumentGenerator generator;

    @Test
    void sampleFilesImportCleanlyAndGiveEveryUnitDataForThePeriod() throws Exception {
        List<Path> files = importSynthetic();

        assertThat(Files.readString(files.get(0))).contains("other-units:")
                .contains(SYNTHETIC.names().stream().map(n -> "- \"" + n + "\"").toList());
        assertThat(SYNTHETIC.names()).doesNotHaveDuplicates().allSatisfy(n -> assertThat(n).matches("\\p{IsHan}{2}[区县]"));
        int withData = queries.countUnitsWithData(PERIOD);
        List<String> units = queries.unitsWithData(PERIOD, 0, 100);
        assertThat(units).hasSize(withData).containsAll(SYNTHETIC.names());
        for (String unit : SYNTHETIC.names()) {
            assertThat(queries.figures(unit, PERIOD)).hasSize(15);
            assertThat(queries.targets(unit, 2026)).isNotEmpty();
            assertThat(queries.projects(unit, org.jianbao.indicator.ProjectCategory.重点项目)).isNotEmpty();
            assertThat(queries.monthlySeries(unit, "GDP", 2026)).hasSize(10);
        }
        // Ranks among the units: each rank once per indicator and month.
        assertThat(SYNTHETIC.names().stream().map(u -> queries.figure(u, "GDP", PERIOD).orElseThrow().rank()))
                .containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7);

        // Deterministic: the same seed, count and period write the same bytes.
        Path again = ROOT.resolve("again");
        List<Path> second = SYNTHETIC.write(again);
        for (int i = 0; i < files.size(); i++) {
            assertThat(Files.readAllBytes(second.get(i))).as(second.get(i).toString()).isEqualTo(Files.readAllBytes(files.get(i)));
        }
    }

    @Test
    void allUnitsInPartitionsOnTwoThreadsRestartAfterAFailureWritingOnlyTheMissingDocuments() throws Exception {
        importSynthetic();
        RunPlan plan = RunPlan.allUnits(SPEECH, Optional.of(PERIOD), EnumSet.allOf(DocumentKind.class));
        int units = queries.countUnitsWithData(PERIOD);
        List<String> order = queries.unitsWithData(PERIOD, 0, 100);

        // The briefing of a unit in the middle of a partition cannot be written: a folder stands where it goes.
        String blocked = order.get(order.size() / 2);
        int issue = issues.issueFor(blocked, PERIOD);
        Path blocker = OUTPUT.resolve(PERIOD.toString()).resolve(DocumentNames.briefing(blocked, PERIOD, issue) + ".docx");
        Files.deleteIfExists(blocker); // written by another test of this class
        Files.createDirectories(blocker);
        Files.writeString(blocker.resolve("keep"), "a folder where the briefing goes", StandardCharsets.UTF_8);

        var parameters = runParameters.of(plan, true);
        JobExecution failed = ran(jobRunner.run(documentsJob, parameters));
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        List<StepExecution> partitions = partitions(failed);
        assertThat(partitions).hasSize(3);
        assertThat(partitions).filteredOn(s -> s.getStatus() == BatchStatus.FAILED).hasSize(1);
        var before = generated.ofExecution(failed.getId());
        assertThat(before).extracting(GeneratedDocuments.Entry::unit).doesNotContain(blocked);

        // Once the folder is gone, the restart writes only what is missing: each document once, none left out.
        deleteRecursively(blocker);
        JobExecution resumed = ran(jobRunner.run(documentsJob, failed.getJobParameters()));
        assertThat(resumed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(resumed.getJobInstanceId()).isEqualTo(failed.getJobInstanceId());
        assertThat(partitions(resumed)).as("only the failed partition runs again").hasSize(1);
        var after = generated.ofExecution(resumed.getId());
        assertThat(after).extracting(GeneratedDocuments.Entry::unit).contains(blocked);

        List<String> all = Stream.concat(before.stream(), after.stream()).map(d -> d.kind() + " " + d.unit()).toList();
        assertThat(all).doesNotHaveDuplicates().hasSize(1 + units);
        assertThat(all).filteredOn(d -> d.startsWith("BRIEFING")).hasSize(units);
        try (Stream<Path> files = Files.list(OUTPUT.resolve(PERIOD.toString()))) {
            assertThat(files.filter(f -> f.getFileName().toString().contains("工作进展简报") && f.toString().endsWith(".pdf")))
                    .hasSize(units);
        }

        // Same inputs again: nothing to do, nothing written.
        assertThat(jobRunner.run(documentsJob, failed.getJobParameters())).isInstanceOf(JobRunner.Outcome.AlreadyComplete.class);
    }

    @Test
    void twoThreadsWriteTheSameDocumentsAsOne() throws Exception {
        importSynthetic();
        RunPlan plan = RunPlan.allUnits(SPEECH, Optional.of(PERIOD), EnumSet.of(DocumentKind.BRIEFING));
        JobExecution run = ran(jobRunner.run(documentsJob, runParameters.of(plan, true)));
        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        var documents = generated.ofExecution(run.getId());
        assertThat(documents).hasSize(queries.countUnitsWithData(PERIOD));
        assertThat(partitions(run)).extracting(StepExecution::getWriteCount).allSatisfy(n -> assertThat(n).isPositive());

        // Read back what the threads wrote, then make each document again, one after the other on this thread.
        List<String> threaded = new ArrayList<>();
        for (var d : documents) {
            threaded.add(d.unit() + "|" + d.pages() + "|" + DocumentText.ofDocx(d.docx()) + "|" + DocumentText.ofPdf(d.pdf()));
        }
        List<String> single = new ArrayList<>();
        for (var d : documents) {
            GeneratedDocument again = generator.generate(new DocumentRequest.Briefing(SPEECH, d.unit(), PERIOD));
            single.add(d.unit() + "|" + again.pages() + "|" + DocumentText.ofDocx(again.docx()) + "|" + DocumentText.ofPdf(again.pdf()));
        }
        assertThat(threaded).isEqualTo(single);
        assertThat(threaded).allSatisfy(t -> assertThat(t).contains("工作进展简报", "地区生产总值").doesNotContain("{{"));
    }

    @Test
    void aUnitWhoseNameHoldsACommaIsOneUnit() throws Exception {
        Path csv = Files.writeString(ROOT.resolve("comma.csv"), """
                统计期,单位,指标,本期累计,同比增长,全市排名
                2026-09,"城东,城西区",地区生产总值,610.5,5.9,3
                2026-10,"城东,城西区",地区生产总值,688.2,6.1,2
                2026-10,"城东,城西区",一般公共预算收入,41.3,3.2,5
                """, StandardCharsets.UTF_8);
        assertThat(importer.importFile(csv)).isInstanceOf(ImportResult.Imported.class);

        RunPlan plan = new RunPlan(SPEECH, List.of(COMMA_UNIT), Optional.of(PERIOD), EnumSet.of(DocumentKind.BRIEFING));
        assertThat(RunPlan.from(parameterMap(plan))).isEqualTo(plan);
        JobExecution run = ran(jobRunner.run(documentsJob, runParameters.of(plan, true)));

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        var documents = generated.ofExecution(run.getId());
        assertThat(documents).extracting(GeneratedDocuments.Entry::unit).containsExactly(COMMA_UNIT);
        assertThat(DocumentText.ofDocx(documents.get(0).docx())).contains(COMMA_UNIT + "工作进展简报");
    }

    private List<Path> importSynthetic() throws IOException {
        List<Path> files = SYNTHETIC.write(ROOT.resolve("sample"));
        for (Path file : files.subList(1, files.size())) {
            ImportResult result = importer.importFile(file);
            assertThat(result).as(result.toString())
                    .isInstanceOfAny(ImportResult.Imported.class, ImportResult.Unchanged.class);
        }
        return files;
    }

    private static java.util.Map<String, Object> parameterMap(RunPlan plan) {
        java.util.Map<String, Object> map = new java.util.HashMap<>();
        plan.toParameters().toJobParameters().parameters().forEach(p -> map.put(p.name(), p.value()));
        return map;
    }

    private static List<StepExecution> partitions(JobExecution execution) {
        return execution.getStepExecutions().stream()
                .filter(s -> s.getStepName().startsWith(RunProgress.PARTITION_STEP + ":")).toList();
    }

    private static JobExecution ran(JobRunner.Outcome outcome) {
        assertThat(outcome).isInstanceOf(JobRunner.Outcome.Ran.class);
        return ((JobRunner.Outcome.Ran) outcome).execution();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

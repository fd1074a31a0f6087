package org.jianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.jianbao.batch.JobRunner;
import org.jianbao.batch.RunParameters;
import org.jianbao.batch.RunPlan;
import org.jianbao.distribution.RecipientImporter;
import org.jianbao.generation.DocumentKind;
import org.jianbao.generation.GeneratedDocuments;

import picocli.CommandLine;

/** {@code jianbao deliveries} through the real command line after a real run (folder channel only: no SMTP here). */
@SpringBootTest
@ActiveProfiles("test")
class DeliveriesCommandTest {

    private static final Path OUTPUT = Path.of("target/test-output/deliveries-" + System.nanoTime());

    @DynamicPropertySource
    static void output(DynamicPropertyRegistry registry) {
        registry.add("jianbao.output-dir", OUTPUT::toString);
        // 发 to the departments at once, 报 upward only after approval.
        registry.add("jianbao.distribution.automatic-roles", () -> "issue");
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    RecipientImporter recipients;
    @Autowired
    JobRunner jobRunner;
    @Autowired
    Job documentsJob;
    @Autowired
    RunParameters runParameters;
    @Autowired
    GeneratedDocuments generated;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return new JianbaoCommandLine(command -> context, StandaloneServices.withFonts(null), new PrintWriter(out, true),
                new PrintWriter(err, true)).execute(args);
    }

    @Test
    void listsWhatWaitsApprovesItAndListsWhatWasDelivered() throws Exception {
        Path list = Files.writeString(dir.resolve("名单.csv"), "名称,报送\n市委办公室,报\n科技局,发\n", StandardCharsets.UTF_8);
        recipients.importFile(list, "test");
        RunPlan plan = new RunPlan(Path.of("seeds/speech-third-plenum-county.txt").toAbsolutePath(), List.of("示范区"),
                Optional.empty(), EnumSet.of(DocumentKind.BRIEFING));
        JobExecution execution = ((JobRunner.Outcome.Ran) jobRunner.run(documentsJob, runParameters.of(plan, true))).execution();
        long document = generated.ofExecution(execution.getId()).get(0).id();
        String run = Long.toString(execution.getId());

        assertThat(run("deliveries", "--run", run, "--status", "awaiting_approval")).isZero();
        assertThat(out.toString().lines()).singleElement().satisfies(l -> assertThat(l)
                .contains("document " + document + " 示范区工作进展简报（2026年第1期）  →  市委办公室  folder ", "AWAITING_APPROVAL"));
        Path copy = OUTPUT.resolve("distribution/科技局/2026-10/示范区工作进展简报-2026年第1期.docx");
        assertThat(copy).exists(); // 发: at once
        assertThat(OUTPUT.resolve("distribution/市委办公室/2026-10/示范区工作进展简报-2026年第1期.docx")).doesNotExist();

        assertThat(run("deliveries", "approve", "999999")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("no document 999999 in distribution");
        assertThat(run("deliveries", "approve")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run("deliveries", "--status", "LOST")).isEqualTo(ExitCodes.BAD_INPUT);

        assertThat(run("deliveries", "approve", Long.toString(document), "--by", "李主任")).isZero();
        assertThat(out.toString()).startsWith("approved document " + document + " 示范区工作进展简报（2026年第1期） by 李主任\n")
                .contains("folder: 2 sent, 0 failed, 0 outcome unknown, 0 pending, 0 awaiting approval");
        assertThat(OUTPUT.resolve("distribution/市委办公室/2026-10/示范区工作进展简报-2026年第1期.docx")).exists();

        assertThat(run("deliveries", "--run", run)).isZero();
        assertThat(out.toString().lines()).hasSize(2).allSatisfy(l -> assertThat(l).contains("SENT  1 attempt  "));
        assertThat(out.toString()).contains(copy.toString());
    }
}

package org.jianbao.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.jianbao.generation.DocumentKind;
import org.jianbao.generation.GeneratedDocuments;
import org.jianbao.testing.DocumentText;

/**
 * The main job end to end on the shipped samples and the seed speech: real H2 file database, real
 * templates, real .docx and .pdf files read back with POI and PDFBox.
 */
@SpringBootTest
@ActiveProfiles("test")
class DocumentsJobTest {

    private static final Path OUTPUT = Path.of("target/test-output/job-" + System.nanoTime());
    private static final Path TEMPLATES = OUTPUT.resolveSibling(OUTPUT.getFileName() + "-templates");
    private static final Path SPEECH = Path.of("seeds/speech-third-plenum-county.txt").toAbsolutePath();

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) throws IOException {
        Files.createDirectories(TEMPLATES);
        for (DocumentKind kind : DocumentKind.values()) {
            Files.copy(Path.of("templates", kind.templateFile()), TEMPLATES.resolve(kind.templateFile()),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        registry.add("jianbao.output-dir", OUTPUT::toString);
        registry.add("jianbao.templates-dir", TEMPLATES::toString);
    }

    @Autowired
    JobRunner jobRunner;
    @Autowired
    Job documentsJob;
    @Autowired
    RunParameters runParameters;
    @Autowired
    GeneratedDocuments generated;

    private final RunPlan everything = new RunPlan(SPEECH, List.of("示范区"), Optional.empty(),
            EnumSet.allOf(DocumentKind.class));

    @Test
    void writesBothDocumentsThenRecognisesThatNothingChangedThenResumesAFailedRun() throws Exception {
        // 1. First run: samples imported, both documents written for the latest month with data.
        JobExecution first = ran(jobRunner.run(documentsJob, runParameters.of(everything, false)));
        assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        var documents = generated.ofExecution(first.getId());
        assertThat(documents).extracting(GeneratedDocuments.Entry::kind).containsExactly("STUDY_NOTES", "BRIEFING");
        assertThat(documents).allSatisfy(d -> assertThat(d.period()).isEqualTo("2026-10"));

        var briefing = documents.get(1);
        assertThat(briefing.docx().getFileName().toString()).isEqualTo("示范区工作进展简报-2026年第1期.docx");
        String word = DocumentText.ofDocx(briefing.docx());
        assertThat(word).contains("示范区工作进展简报", "第1期", "主要经济指标", "地区生产总值").doesNotContain("{{");
        String pdf = DocumentText.ofPdf(briefing.pdf());
        assertThat(pdf).contains("示范区工作进展简报", "主要经济指标");
        assertThat(briefing.pages()).isGreaterThanOrEqualTo(2);

        // 2. Same speech, data and templates: already complete, nothing written.
        assertThat(jobRunner.run(documentsJob, runParameters.of(everything, false)))
                .isInstanceOf(JobRunner.Outcome.AlreadyComplete.class);

        // 3. A template change is a new run; a broken template fails at that document ...
        Path template = TEMPLATES.resolve(DocumentKind.BRIEFING.templateFile());
        byte[] good = Files.readAllBytes(template);
        Files.write(template, "not a docx".getBytes());
        JobExecution failed = ran(jobRunner.run(documentsJob, runParameters.of(everything, false)));
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(generated.ofExecution(failed.getId())).extracting(GeneratedDocuments.Entry::kind)
                .containsExactly("STUDY_NOTES");

        // ... and once it is fixed (same parameters: the broken bytes' fingerprint is part of the
        // run's identity, so restore them by restarting with the parameters of the failed run)
        Files.write(template, good);
        JobExecution resumed = ran(jobRunner.run(documentsJob, failed.getJobParameters()));
        assertThat(resumed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(resumed.getJobInstanceId()).isEqualTo(failed.getJobInstanceId());
        // the restart resumes at the briefing: the study notes are not written again
        assertThat(generated.ofExecution(resumed.getId())).extracting(GeneratedDocuments.Entry::kind)
                .containsExactly("BRIEFING");
    }

    @Test
    void forceRunsAgainWithTheSameInputsAndKeepsTheIssueNumberOfThePeriod() throws Exception {
        RunPlan briefingOnly = new RunPlan(SPEECH, List.of("示范区"), Optional.empty(), EnumSet.of(DocumentKind.BRIEFING));
        JobExecution one = ran(jobRunner.run(documentsJob, runParameters.of(briefingOnly, true)));
        JobExecution two = ran(jobRunner.run(documentsJob, runParameters.of(briefingOnly, true)));

        assertThat(two.getJobInstanceId()).isNotEqualTo(one.getJobInstanceId());
        assertThat(generated.ofExecution(two.getId()).get(0).docx())
                .isEqualTo(generated.ofExecution(one.getId()).get(0).docx());
    }

    private static JobExecution ran(JobRunner.Outcome outcome) {
        assertThat(outcome).isInstanceOf(JobRunner.Outcome.Ran.class);
        return ((JobRunner.Outcome.Ran) outcome).execution();
    }
}

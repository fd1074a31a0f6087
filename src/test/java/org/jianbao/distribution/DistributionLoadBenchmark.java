package org.jianbao.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.jianbao.batch.JobRunner;
import org.jianbao.batch.RunParameters;
import org.jianbao.batch.RunPlan;
import org.jianbao.generation.DocumentKind;
import org.jianbao.generation.GeneratedDocuments;

/**
 * 500 recipients × one briefing through GreenMail over SMTP (and the folder channel), timed. Not part of the
 * build (surefire skips *Benchmark): {@code mvn test -Dtest=DistributionLoadBenchmark}. The time is printed,
 * never asserted; what is asserted is that every recipient got exactly one message.
 */
@SpringBootTest
@ActiveProfiles("test")
class DistributionLoadBenchmark {

    private static final int RECIPIENTS = 500;
    private static final Path OUTPUT = Path.of("target/test-output/load-" + System.nanoTime());

    static GreenMail greenMail;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        greenMail.start();
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> greenMail.getSmtp().getPort());
        registry.add("jianbao.output-dir", OUTPUT::toString);
        registry.add("jianbao.distribution.mail.from", () -> "jianbao@example.org");
    }

    @AfterAll
    static void stop() {
        greenMail.stop();
    }

    @Autowired
    RecipientImporter recipients;
    @Autowired
    Distributor distributor;
    @Autowired
    JobRunner jobRunner;
    @Autowired
    Job documentsJob;
    @Autowired
    RunParameters runParameters;
    @Autowired
    GeneratedDocuments generated;

    @Test
    void fiveHundredRecipientsOneBriefing() throws Exception {
        StringBuilder csv = new StringBuilder("名称,报送,邮箱,文种\n");
        for (int i = 1; i <= RECIPIENTS; i++) {
            csv.append("第").append(i).append("单位,").append(i <= 2 ? "报" : "").append(",u").append(i)
                    .append("@example.org,简报\n");
        }
        Path list = Files.writeString(Files.createDirectories(OUTPUT).resolve("load.csv"), csv, StandardCharsets.UTF_8);
        assertThat(recipients.importFile(list, "load")).isInstanceOf(RecipientImport.Imported.class);

        RunPlan plan = new RunPlan(Path.of("seeds/speech-third-plenum-county.txt").toAbsolutePath(), List.of("示范区"),
                Optional.empty(), EnumSet.of(DocumentKind.BRIEFING));
        JobExecution run = ((JobRunner.Outcome.Ran) jobRunner.run(documentsJob, runParameters.of(plan, true))).execution();
        var briefing = generated.ofExecution(run.getId()).get(0);
        long size = Files.size(briefing.docx());

        long start = System.nanoTime();
        distributor.approve(List.of(briefing.id()), "load");
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(greenMail.getReceivedMessages()).hasSize(RECIPIENTS);
        var summary = distributor.summary(List.of(briefing.id()));
        assertThat(summary.count(ChannelKind.EMAIL, DeliveryStatus.SENT)).isEqualTo(RECIPIENTS);
        assertThat(summary.count(ChannelKind.FOLDER, DeliveryStatus.SENT)).isEqualTo(RECIPIENTS);
        System.out.printf("%n[load] %d recipients x 1 briefing (%d KB .docx): %d emails through GreenMail + %d folder "
                        + "copies + %d delivery records in %d ms (%.1f ms per recipient)%n%n", RECIPIENTS, size / 1024,
                RECIPIENTS, RECIPIENTS, 2 * RECIPIENTS, millis, millis / (double) RECIPIENTS);
    }
}

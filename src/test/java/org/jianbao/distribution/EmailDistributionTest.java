package org.jianbao.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.mail.Address;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
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

import org.jianbao.batch.JobRunner;
import org.jianbao.batch.RunParameters;
import org.jianbao.batch.RunPlan;
import org.jianbao.generation.DocumentKind;
import org.jianbao.generation.GeneratedDocuments;
import org.jianbao.testing.DocumentText;

/**
 * Distribution after the real main job on the shipped samples and the sample recipients list, through a real
 * SMTP server (GreenMail, behind a relay that can answer 421 or 550 or be down) and a local HTTP server standing
 * in for a group robot.
 */
@SpringBootTest
@ActiveProfiles("test")
class EmailDistributionTest {

    private static final Path OUTPUT = Path.of("target/test-output/distribution-" + System.nanoTime());
    private static final Path SPEECH = Path.of("seeds/speech-third-plenum-county.txt").toAbsolutePath();
    private static final String SECRET = "SECRET-KEY-0123456789";
    private static final String BRIEFING_SUBJECT = "示范区工作进展简报（2026年第1期）";
    private static final String BRIEFING_FILE = "示范区工作进展简报-2026年第1期.docx";
    private static final List<String> SAMPLE_ADDRESSES = List.of("swb@example.org", "szfb@example.org",
            "rdgw@example.org", "zxgw@example.org", "jfj@example.org", "swyyy@example.org", "tzfwj@example.org",
            "kjj@example.org", "zjj@example.org");
    private static final List<String> DEPARTMENT_ADDRESSES = SAMPLE_ADDRESSES.subList(4, 9);

    static GreenMail greenMail;
    static SmtpFaults smtp;
    static HttpServer robot;
    static final List<String> notices = new java.util.concurrent.CopyOnWriteArrayList<>();

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) throws IOException {
        greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        greenMail.start();
        smtp = new SmtpFaults(greenMail.getSmtp().getPort());
        robot = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        robot.createContext("/cgi-bin/webhook/send", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                notices.add(exchange.getRequestURI().getQuery() + " " + new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            byte[] answer = "{\"errcode\":0,\"errmsg\":\"ok\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        robot.start();
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", smtp::port);
        registry.add("jianbao.output-dir", OUTPUT::toString);
        registry.add("jianbao.distribution.mail.from", () -> "jianbao@example.org");
        registry.add("jianbao.distribution.mail.admins", () -> "ops@example.org");
        registry.add("jianbao.distribution.retry.delay", () -> "10ms");
        registry.add("jianbao.distribution.retry.max-delay", () -> "40ms");
        registry.add("jianbao.distribution.webhook.url",
                () -> "http://127.0.0.1:" + robot.getAddress().getPort() + "/cgi-bin/webhook/send?key=" + SECRET);
        registry.add("jianbao.distribution.webhook.download-url", () -> "https://jianbao.example.org/documents/{id}");
    }

    @AfterAll
    static void stop() {
        smtp.close();
        greenMail.stop();
        robot.stop(0);
    }

    @Autowired
    JobRunner jobRunner;
    @Autowired
    Job documentsJob;
    @Autowired
    RunParameters runParameters;
    @Autowired
    GeneratedDocuments generated;
    @Autowired
    Distributor distributor;

    @BeforeEach
    void clean() throws Exception {
        greenMail.purgeEmailFromAllMailboxes();
        smtp.reset();
        smtp.up();
        notices.clear();
    }

    @Test
    void studyNotesGoAtOnceTheBriefingWaitsForApprovalThenReachesEveryRecipientOnce() throws Exception {
        JobExecution run = run(EnumSet.allOf(DocumentKind.class));
        var documents = generated.ofExecution(run.getId());
        var notes = documents.get(0);
        var briefing = documents.get(1);

        // The briefing's tail is the recipients list.
        assertThat(DocumentText.ofDocx(briefing.docx()))
                .contains("市委办公室，市政府办公室", "区人大工委，区政协工委", "经发局，生物医药园，投资服务局，科技局，住建局");

        // Study notes: automatic. One message per department, the folder copy, one group notice.
        assertThat(recipientsOf(greenMail.getReceivedMessages())).containsExactlyInAnyOrderElementsOf(DEPARTMENT_ADDRESSES);
        Path copy = OUTPUT.resolve("distribution/经发局/2026-10").resolve(notes.docx().getFileName());
        assertThat(copy).hasSameBinaryContentAs(notes.docx());
        assertThat(notices).hasSize(1);
        assertThat(notices.get(0)).contains("学习笔记", "https://jianbao.example.org/documents/" + notes.id());

        // The briefing waits: nothing of it has left, and the run's record says so.
        assertThat(greenMail.getReceivedMessages()).extracting(MimeMessage::getSubject)
                .containsOnly(DocumentTitle.of(DocumentKind.STUDY_NOTES, notes.docx().getFileName().toString()));
        assertThat(distributor.list(Optional.of(DeliveryStatus.AWAITING_APPROVAL), Optional.of(run.getId())))
                .hasSize(9 + 9 + 1).allSatisfy(d -> assertThat(d.documentId()).isEqualTo(briefing.id()));
        String record = step(run, "distribute").getExitStatus().getExitDescription();
        assertThat(record).contains("email: 5 sent, 0 failed, 0 outcome unknown, 0 pending, 9 awaiting approval",
                "folder: 5 sent, 0 failed, 0 outcome unknown, 0 pending, 9 awaiting approval",
                "awaiting approval: document " + briefing.id() + " " + BRIEFING_SUBJECT);

        greenMail.purgeEmailFromAllMailboxes();
        assertThat(distributor.approve(List.of(briefing.id()), "李审核")).extracting(Outgoing::approvedBy)
                .containsExactly("李审核");

        MimeMessage[] mails = greenMail.getReceivedMessages();
        assertThat(recipientsOf(mails)).containsExactlyInAnyOrderElementsOf(SAMPLE_ADDRESSES);
        byte[] docx = Files.readAllBytes(briefing.docx());
        for (MimeMessage mail : mails) {
            assertThat(mail.getSubject()).isEqualTo(BRIEFING_SUBJECT);
            Part attachment = attachments(mail).get(0);
            assertThat(attachment.getFileName()).isEqualTo(BRIEFING_FILE);
            assertThat(String.join(" ", attachment.getHeader("Content-Disposition"))).contains("filename*");
            assertThat(attachment.getInputStream().readAllBytes()).isEqualTo(docx);
            assertThat(mail.getMessageID()).endsWith("@example.org>");
        }
        // The body: what is attached, the period, and the briefing's 存在问题 headlines as the document words them.
        assertThat(textOf(mails[0])).contains("附件为" + BRIEFING_SUBJECT + "（2026年1—10月）", "存在问题：",
                "1. 一般公共预算收入完成年度目标104.5亿元的82.2%，落后序时进度1.1个百分点", "示范区党政办公室");
        assertThat(distributor.list(Optional.empty(), Optional.of(run.getId())))
                .allSatisfy(d -> assertThat(d.status()).isEqualTo(DeliveryStatus.SENT));
        assertThat(distributor.list(Optional.empty(), Optional.of(run.getId())))
                .filteredOn(d -> d.channel() == ChannelKind.WEBHOOK).extracting(Delivery::address)
                .allSatisfy(a -> assertThat(a).doesNotContain(SECRET));
        assertThatThrownBy(() -> distributor.approve(List.of(briefing.id()), "李审核"))
                .hasMessageContaining("does not await approval");
    }

    @Test
    void aServerThatIsBusyForTheFirstAttemptsGetsEveryMessageOnce() throws Exception {
        long briefing = briefingRun();
        smtp.busyConnections.set(2);

        distributor.approve(List.of(briefing), "李审核");

        assertThat(countBy(recipientsOf(greenMail.getReceivedMessages())))
                .containsOnlyKeys(SAMPLE_ADDRESSES).allSatisfy((address, n) -> assertThat(n).isEqualTo(1));
        List<Delivery> emails = emails(briefing);
        assertThat(emails).allSatisfy(d -> assertThat(d.status()).isEqualTo(DeliveryStatus.SENT));
        assertThat(emails.get(0).attempts()).isEqualTo(3);
    }

    @Test
    void aPermanentRefusalFailsThatRecipientAndNoOther() throws Exception {
        long briefing = briefingRun();
        smtp.refusedAddresses.add("kjj@example.org");

        distributor.approve(List.of(briefing), "李审核");

        assertThat(recipientsOf(greenMail.getReceivedMessages())).hasSize(9).doesNotContain("kjj@example.org")
                .containsOnlyOnce("ops@example.org");
        MimeMessage notice = Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> recipientsOf(new MimeMessage[] {m}).contains("ops@example.org")).findFirst().orElseThrow();
        assertThat(notice.getSubject()).isEqualTo("jianbao: 1 deliveries failed");
        assertThat((String) notice.getContent()).contains("科技局  email  address kjj@example.org refused: 550", "(permanent)");
        Map<String, Delivery> byRecipient = emails(briefing).stream()
                .collect(Collectors.toMap(Delivery::recipient, Function.identity()));
        Delivery kjj = byRecipient.get("科技局");
        assertThat(kjj.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(kjj.retryable()).isFalse();
        assertThat(kjj.attempts()).isEqualTo(1);
        assertThat(kjj.outcome()).contains("kjj@example.org", "550");
        assertThat(byRecipient.values()).filteredOn(d -> d != kjj)
                .allSatisfy(d -> assertThat(d.status()).isEqualTo(DeliveryStatus.SENT));
        // A permanent failure is not attempted again by a plain retry.
        distributor.retry(false);
        assertThat(emails(briefing)).filteredOn(d -> d.recipient().equals("科技局"))
                .extracting(Delivery::attempts).containsExactly(1);
    }

    @Test
    void aServerDownForTheWholeRunGetsEveryMessageOnceAtTheNextRun() throws Exception {
        long briefing = briefingRun();
        smtp.down();

        distributor.approve(List.of(briefing), "李审核");

        assertThat(emails(briefing)).allSatisfy(d -> {
            assertThat(d.status()).isEqualTo(DeliveryStatus.FAILED);
            assertThat(d.retryable()).isTrue();
            assertThat(d.attempts()).isEqualTo(4); // the first try and three in-run retries
            assertThat(d.outcome()).contains("not reachable");
        });
        assertThat(greenMail.getReceivedMessages()).isEmpty();

        // The next run (here one that writes the study notes) also attempts what failed before.
        smtp.up();
        run(EnumSet.of(DocumentKind.STUDY_NOTES));

        List<String> briefingRecipients = new ArrayList<>();
        for (MimeMessage mail : greenMail.getReceivedMessages()) {
            if (mail.getSubject().equals(BRIEFING_SUBJECT)) {
                briefingRecipients.addAll(recipientsOf(new MimeMessage[] {mail}));
            }
        }
        assertThat(countBy(briefingRecipients)).containsOnlyKeys(SAMPLE_ADDRESSES)
                .allSatisfy((address, n) -> assertThat(n).isEqualTo(1));
        assertThat(emails(briefing)).allSatisfy(d -> {
            assertThat(d.status()).isEqualTo(DeliveryStatus.SENT);
            assertThat(d.attempts()).isEqualTo(5);
        });
    }

    @Test
    void anEditedFileReplacesTheGeneratedOneBeforeApprovalAndIsWhatIsSent() throws Exception {
        long briefing = briefingRun();
        Outgoing before = distributor.document(briefing).orElseThrow();
        byte[] generatedBytes = Files.readAllBytes(before.docx());
        Path edited = OUTPUT.resolve("edited.docx");
        try (InputStream in = Files.newInputStream(before.docx()); XWPFDocument doc = new XWPFDocument(in);
             OutputStream out = Files.newOutputStream(edited)) {
            doc.createParagraph().createRun().setText("本期简报经办公室审核修改");
            doc.write(out);
        }

        Outgoing replaced = distributor.replace(briefing, edited, "李审核");

        assertThat(replaced.docx()).isEqualTo(before.docx()).hasSameBinaryContentAs(edited);
        assertThat(replaced.originalDocx()).hasBinaryContent(generatedBytes);
        assertThat(DocumentText.ofPdf(replaced.pdf()).replaceAll("\\s", "")).contains("本期简报经办公室审核修改");

        distributor.approve(List.of(briefing), "李审核");
        for (MimeMessage mail : greenMail.getReceivedMessages()) {
            assertThat(attachments(mail).get(0).getInputStream().readAllBytes()).isEqualTo(Files.readAllBytes(edited));
        }
        assertThat(greenMail.getReceivedMessages()).hasSize(9);
        assertThatThrownBy(() -> distributor.replace(briefing, edited, "李审核"))
                .hasMessageContaining("has already gone to");
    }

    private long briefingRun() throws Exception {
        JobExecution run = run(EnumSet.of(DocumentKind.BRIEFING));
        return generated.ofExecution(run.getId()).get(0).id();
    }

    private List<Delivery> emails(long document) {
        return distributor.list(Optional.empty(), Optional.empty()).stream()
                .filter(d -> d.documentId() == document && d.channel() == ChannelKind.EMAIL).toList();
    }

    private JobExecution run(EnumSet<DocumentKind> kinds) throws Exception {
        RunPlan plan = new RunPlan(SPEECH, List.of("示范区"), Optional.empty(), kinds);
        JobRunner.Outcome outcome = jobRunner.run(documentsJob, runParameters.of(plan, true));
        JobExecution execution = ((JobRunner.Outcome.Ran) outcome).execution();
        assertThat(execution.getStatus()).as("%s", execution.getAllFailureExceptions()).isEqualTo(BatchStatus.COMPLETED);
        return execution;
    }

    private static StepExecution step(JobExecution execution, String name) {
        return execution.getStepExecutions().stream().filter(s -> s.getStepName().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> recipientsOf(MimeMessage[] mails) {
        List<String> all = new ArrayList<>();
        for (MimeMessage mail : mails) {
            try {
                for (Address a : mail.getAllRecipients()) {
                    all.add(a.toString());
                }
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return all;
    }

    private static Map<String, Long> countBy(List<String> values) {
        return values.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    /** The plain-text alternative of the message. */
    private static String textOf(MimeMessage mail) throws Exception {
        Multipart mixed = (Multipart) mail.getContent();
        for (int i = 0; i < mixed.getCount(); i++) {
            if (mixed.getBodyPart(i).getContent() instanceof Multipart alternative) {
                for (int j = 0; j < alternative.getCount(); j++) {
                    Part part = alternative.getBodyPart(j);
                    if (part.isMimeType("text/plain")) {
                        return (String) part.getContent();
                    }
                    if (part.getContent() instanceof Multipart inner) {
                        for (int k = 0; k < inner.getCount(); k++) {
                            if (inner.getBodyPart(k).isMimeType("text/plain")) {
                                return (String) inner.getBodyPart(k).getContent();
                            }
                        }
                    }
                }
            }
        }
        throw new AssertionError("no text/plain part");
    }

    private static List<Part> attachments(MimeMessage mail) throws Exception {
        List<Part> parts = new ArrayList<>();
        Multipart multipart = (Multipart) mail.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            Part part = multipart.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                parts.add(part);
            }
        }
        return parts;
    }
}

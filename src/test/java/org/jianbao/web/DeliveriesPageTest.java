package org.jianbao.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.web.util.HtmlUtils;

import org.jianbao.batch.JobRunner;
import org.jianbao.batch.RunParameters;
import org.jianbao.batch.RunPlan;
import org.jianbao.distribution.Delivery;
import org.jianbao.distribution.DeliveryStatus;
import org.jianbao.distribution.Distributor;
import org.jianbao.distribution.RecipientImporter;
import org.jianbao.generation.DocumentKind;
import org.jianbao.generation.GeneratedDocuments;

/**
 * 投递 after a real run with folder deliveries: a briefing waiting for approval (报), one copy failing (a file stands
 * where the recipient's period folder belongs). Viewers read; operators approve, replace and retry, with the token.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "serve"})
class DeliveriesPageTest {

    private static final Path OUTPUT = Path.of("target/test-output/deliveries-page-" + System.nanoTime());

    @DynamicPropertySource
    static void output(DynamicPropertyRegistry registry) {
        registry.add("jianbao.output-dir", OUTPUT::toString);
        registry.add("jianbao.distribution.automatic-roles", () -> "issue");
        // No nightly run importing the samples beside this test's own run.
        registry.add("jianbao.schedule.enabled", () -> "false");
    }

    @Autowired
    MockMvc mvc;
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
    @Autowired
    Distributor distributor;

    @TempDir
    Path dir;

    private String page(RequestBuilder request) throws Exception {
        MvcResult posted = mvc.perform(request).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/deliveries")).andReturn();
        return HtmlUtils.htmlUnescape(mvc.perform(get("/deliveries").with(user("li").roles("OPERATOR"))
                        .flashAttrs(posted.getFlashMap()).session((MockHttpSession) posted.getRequest().getSession()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void viewersReadOperatorsApproveReplaceAndRetry() throws Exception {
        Path blocked = Files.createDirectories(dir.resolve("科技局"));
        Files.writeString(blocked.resolve("2026-10"), "a file where the period folder belongs");
        recipients.importFile(Files.writeString(dir.resolve("名单.csv"),
                "名称,报送,文件夹\n市委办公室,报,\n科技局,发," + blocked + "\n", StandardCharsets.UTF_8), "test");
        RunPlan plan = new RunPlan(Path.of("seeds/speech-third-plenum-county.txt").toAbsolutePath(), List.of("示范区"),
                Optional.empty(), EnumSet.of(DocumentKind.BRIEFING));
        JobExecution execution = ((JobRunner.Outcome.Ran) jobRunner.run(documentsJob, runParameters.of(plan, true))).execution();
        long document = generated.ofExecution(execution.getId()).get(0).id();
        Delivery failed = distributor.list(Optional.of(DeliveryStatus.FAILED), Optional.empty()).get(0);

        String viewer = HtmlUtils.htmlUnescape(mvc.perform(get("/deliveries").with(user("wang").roles("VIEWER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(viewer).contains("待签发", "示范区工作进展简报（2026年第1期）", "市委办公室", "科技局", "失败",
                "cannot write to " + blocked.resolve("2026-10"), "/deliveries/" + document + "/approve");

        mvc.perform(post("/deliveries/" + document + "/approve").with(user("wang").roles("VIEWER")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/deliveries/" + failed.id() + "/retry").with(user("li").roles("OPERATOR")))
                .andExpect(status().isForbidden());
        assertThat(distributor.awaitingApproval()).extracting(d -> d.id()).containsExactly(document);

        String notWord = page(multipart("/deliveries/" + document + "/replace")
                .file(new MockMultipartFile("file", "改稿.docx", null, "not a zip".getBytes(StandardCharsets.UTF_8)))
                .with(user("li").roles("OPERATOR")).with(csrf()));
        assertThat(notWord).contains("改稿.docx: not a readable Word file").doesNotContain("jianbao-replace-");
        Path docx = distributor.document(document).orElseThrow().docx();
        assertThat(distributor.document(document).orElseThrow().originalDocx()).isNull();

        String replaced = page(multipart("/deliveries/" + document + "/replace")
                .file(new MockMultipartFile("file", "改稿.docx", null, docx("第1期 改稿")))
                .with(user("li").roles("OPERATOR")).with(csrf()));
        assertThat(replaced).contains("示范区工作进展简报（2026年第1期）：已替换为 改稿.docx，原稿已保留。");
        assertThat(distributor.document(document).orElseThrow().originalDocx()).exists();
        try (XWPFDocument edited = new XWPFDocument(Files.newInputStream(docx))) {
            assertThat(edited.getParagraphs().get(0).getText()).isEqualTo("第1期 改稿");
        }

        String approved = page(post("/deliveries/" + document + "/approve").with(user("li").roles("OPERATOR")).with(csrf()));
        assertThat(approved).contains("示范区工作进展简报（2026年第1期）：已签发，开始发送。", "没有等待签发的文档。", "已送达");
        assertThat(OUTPUT.resolve("distribution/市委办公室/2026-10/示范区工作进展简报-2026年第1期.docx")).exists();

        String again = page(post("/deliveries/" + document + "/approve").with(user("li").roles("OPERATOR")).with(csrf()));
        assertThat(again).contains("does not await approval (approved by li");

        Files.delete(blocked.resolve("2026-10"));
        String retried = page(post("/deliveries/" + failed.id() + "/retry").with(user("li").roles("OPERATOR")).with(csrf()));
        assertThat(retried).contains("投递 " + failed.id() + "：已重新发送。");
        assertThat(distributor.list(Optional.of(DeliveryStatus.FAILED), Optional.empty())).isEmpty();
        assertThat(blocked.resolve("2026-10/示范区工作进展简报-2026年第1期.docx")).exists();
    }

    private static byte[] docx(String paragraph) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(paragraph);
            doc.write(out);
            return out.toByteArray();
        }
    }
}

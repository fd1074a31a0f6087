package org.jianbao.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import org.jianbao.user.AuditLog;
import org.jianbao.user.Role;
import org.jianbao.user.UserAccounts;

/** The REST API of {@code serve} with its login: every endpoint, 401/403, downloads, uploads. */
@SpringBootTest(properties = "spring.servlet.multipart.max-file-size=200KB")
@AutoConfigureMockMvc
@ActiveProfiles({"test", "serve"})
class ApiTest {

    private static final Path OUTPUT = Path.of("target/test-output/api-" + System.nanoTime());

    @DynamicPropertySource
    static void output(DynamicPropertyRegistry registry) {
        registry.add("jianbao.output-dir", OUTPUT::toString);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    AuditLog audit;

    private final RequestPostProcessor viewer = httpBasic("vera", "vera-secret");
    private final RequestPostProcessor operator = httpBasic("otto", "otto-secret");
    private final RequestPostProcessor admin = httpBasic("ada", "ada-secret");

    @BeforeEach
    void users() {
        for (var u : List.of(new String[]{"vera", "VIEWER"}, new String[]{"otto", "OPERATOR"}, new String[]{"ada", "ADMIN"})) {
            if (accounts.find(u[0]).isEmpty()) {
                accounts.add(u[0], u[0] + "-secret", Role.valueOf(u[1]));
            }
        }
    }

    @Test
    void anonymousCallsGet401AndAViewerMayNotStartARun() throws Exception {
        mvc.perform(get("/api/runs")).andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Basic")));
        mvc.perform(get("/api/documents").with(httpBasic("vera", "wrong"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/runs").with(viewer)).andExpect(status().isOk());
        mvc.perform(post("/api/runs").with(viewer).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/imports").with(viewer)).andExpect(status().isForbidden());
    }

    @Test
    void anOperatorStartsABriefingFollowsItAndDownloadsTheWordAndPdfFiles() throws Exception {
        String body = mvc.perform(post("/api/runs").with(operator).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"briefing\",\"period\":\"2026-08\"}"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.outcome").value("started"))
                .andReturn().getResponse().getContentAsString();
        int id = JsonPath.read(body, "$.id");

        await().atMost(Duration.ofMinutes(3)).until(() -> !JsonPath.<Boolean>read(
                mvc.perform(get("/api/runs/" + id).with(viewer)).andReturn().getResponse().getContentAsString(), "$.running"));
        String run = mvc.perform(get("/api/runs/" + id).with(viewer)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.startedBy").value("user:otto"))
                .andExpect(jsonPath("$.progress").value("[1/1]"))
                .andReturn().getResponse().getContentAsString();
        assertThat(run).doesNotContain(OUTPUT.toString()).doesNotContain(".docx");
        // the run is counted in the service's metrics (admins only)
        String written = mvc.perform(get("/actuator/metrics/" + org.jianbao.batch.DocumentMetrics.WRITTEN)
                        .param("tag", "kind:briefing").with(user("ada").roles("ADMIN")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<Double>read(written, "$.measurements[0].value")).isGreaterThanOrEqualTo(1.0);
        mvc.perform(get("/actuator/metrics/" + org.jianbao.batch.DocumentMetrics.RUN).with(user("ada").roles("ADMIN")))
                .andExpect(status().isOk());
        int documentId = JsonPath.read(run, "$.documents[0]");

        mvc.perform(get("/api/documents").param("kind", "briefing").param("period", "2026-08").with(viewer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(documentId))
                .andExpect(jsonPath("$[0].title").value(org.hamcrest.Matchers.matchesPattern("示范区工作进展简报-2026年第\\d+期")))
                .andExpect(jsonPath("$[0].docx").value("/api/documents/" + documentId + "/docx"));

        var docx = mvc.perform(get("/api/documents/" + documentId + "/docx").with(viewer))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", DocumentsApiContentTypes.DOCX))
                .andReturn().getResponse();
        assertThat(docx.getHeader("Content-Disposition"))
                .startsWith("attachment; ")
                .contains("filename*=UTF-8''%E7%A4%BA%E8%8C%83%E5%8C%BA%E5%B7%A5%E4%BD%9C") // 示范区工作
                .endsWith(".docx");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.getContentAsByteArray()));
             XWPFWordExtractor text = new XWPFWordExtractor(document)) {
            assertThat(text.getText()).containsPattern("第\\d+期").contains("2026年1—8月");
        }
        var pdf = mvc.perform(get("/api/documents/" + documentId + "/pdf").param("inline", "true").with(viewer))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse();
        assertThat(pdf.getHeader("Content-Disposition")).startsWith("inline; ").contains("filename*=UTF-8''");
        assertThat(new String(pdf.getContentAsByteArray(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        // The same request again: nothing new, the same run.
        mvc.perform(post("/api/runs").with(operator).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"briefing\",\"period\":\"2026-08\"}"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.outcome").value("nothing-new"))
                .andExpect(jsonPath("$.id").value(id));
        mvc.perform(post("/api/runs/" + id + "/restart").with(operator))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("run " + id + " is COMPLETED: only a failed or stopped run can be restarted"));

        assertThat(audit.recent(20)).extracting(AuditLog.Event::action).contains("run", "download");
    }

    @Test
    void badRequestsAndUnknownIdsAreAnsweredInOneLine() throws Exception {
        mvc.perform(post("/api/runs").with(operator).contentType(MediaType.APPLICATION_JSON).content("{\"unit\":\"乙区\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("--unit 乙区: unknown unit; known: ")));
        mvc.perform(post("/api/runs").with(operator).contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"minutes\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/runs/999999").with(viewer)).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("no run 999999"));
        mvc.perform(post("/api/runs/999999/restart").with(operator)).andExpect(status().isNotFound());
        mvc.perform(get("/api/documents/999999/docx").with(viewer)).andExpect(status().isNotFound());
        mvc.perform(get("/api/documents").param("period", "October").with(viewer)).andExpect(status().isBadRequest());
    }

    @Test
    void uploadsAreImportedAsTheImportCommandDoesAndNothingIsKept() throws Exception {
        byte[] sample = Files.readAllBytes(Path.of("samples/示范区-2026年目标任务.csv"));
        mvc.perform(multipart("/api/imports").file(new MockMultipartFile("file", "../../示范区-2026年目标任务.csv",
                        "text/csv", sample)).with(operator))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.file").value("示范区-2026年目标任务.csv"))
                .andExpect(jsonPath("$.outcome").value(org.hamcrest.Matchers.oneOf("imported", "unchanged")));

        String bad = "统计期,指标名称,本期累计,同比增长(%)\n2026-09,地区生产总值,1000,900\n";
        mvc.perform(multipart("/api/imports").file(new MockMultipartFile("file", "9月.csv", "text/csv",
                        bad.getBytes(StandardCharsets.UTF_8))).with(operator))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.outcome").value("refused"))
                .andExpect(jsonPath("$.problems[0]").value("9月.csv:2:D: growth 900% is outside the sane range -100% to 500%"));

        mvc.perform(multipart("/api/imports").file(new MockMultipartFile("file", "指标.xlsx",
                        "application/octet-stream", "this is not a zip".getBytes(StandardCharsets.UTF_8))).with(operator))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems.length()").value(1));

        mvc.perform(multipart("/api/imports").file(new MockMultipartFile("file", "big.csv", "text/csv",
                        new byte[300 * 1024])).with(operator))
                .andExpect(status().isContentTooLarge());

        assertThat(audit.recent(10)).extracting(AuditLog.Event::target).contains("示范区-2026年目标任务.csv", "9月.csv");
    }

    @Test
    void healthIsOpenTheRestOfTheActuatorIsForAdmins() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/metrics").with(user("vera").roles("VIEWER"))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/metrics").with(user("ada").roles("ADMIN"))).andExpect(status().isOk());
    }

    @Test
    void theOpenApiDescriptionListsTheEndpoints() throws Exception {
        mvc.perform(get("/v3/api-docs").with(viewer)).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/runs']").exists())
                .andExpect(jsonPath("$.paths['/api/documents/{id}/docx']").exists())
                .andExpect(jsonPath("$.paths['/api/imports']").exists());
        mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());
    }

    @Test
    void formsNeedTheirCsrfToken() throws Exception {
        mvc.perform(post("/logout").with(user("otto").roles("OPERATOR"))).andExpect(status().isForbidden());
        mvc.perform(post("/logout").with(user("otto").roles("OPERATOR")).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    /** The Word content type, spelled out once for the assertions. */
    static final class DocumentsApiContentTypes {
        static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    }
}

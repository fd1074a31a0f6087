package org.jianbao.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The pages behind form login: who sees what, CSRF on every form, the Chinese texts staff read. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "serve"})
class PagesTest {

    private static final Path OUTPUT = Path.of("target/test-output/pages-" + System.nanoTime());

    @DynamicPropertySource
    static void output(DynamicPropertyRegistry registry) {
        registry.add("jianbao.output-dir", OUTPUT::toString);
    }

    @Autowired
    MockMvc mvc;

    private String page(String url, String role) throws Exception {
        return mvc.perform(get(url).with(user("wang").roles(role))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Autowired
    ApplicationContext context;

    /** What {@code ServiceOnlyAutoConfigurations} leaves out of the commands' context stays in the service's. */
    @Test
    void theServiceKeepsWhatTheCommandsLeaveOut() {
        assertThat(org.jianbao.cli.CommandContextTest.SERVICE_ONLY_BEANS).allMatch(context::containsBean);
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/login"));
        String login = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(login).contains("用户名", "密码", "name=\"_csrf\"");
    }

    @Test
    void everyPageRendersInChineseForAViewer() throws Exception {
        assertThat(page("/", "VIEWER")).contains("<h2>文档</h2>", "wang");
        assertThat(page("/generate", "VIEWER")).contains("工作进展简报", "学习笔记", "示范区", "name=\"_csrf\"");
        assertThat(page("/runs", "VIEWER")).contains("运行记录", "下次定时运行");
        assertThat(page("/data", "VIEWER")).contains("导入记录", "multipart/form-data");
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void theDocumentsPageListsTheNewestVersionOfEachDocumentUnlessAllAreAsked() throws Exception {
        for (String created : List.of("2026-11-03T01:30", "2026-11-04T01:30")) {
            jdbc.sql("insert into generated_document (job_execution_id, kind, unit_name, period, docx_path, pdf_path,"
                            + " pages, warnings, created_at) values (0, 'BRIEFING', '页测区', '2026-08', ?, ?, 4, 0, ?)")
                    .params("out/页测区工作进展简报-2026年第8期.docx", "out/页测区工作进展简报-2026年第8期.pdf",
                            java.time.LocalDateTime.parse(created)).update();
        }
        String latest = page("/?unit=页测区", "VIEWER");
        assertThat(latest).containsOnlyOnce("页测区工作进展简报-2026年第8期").contains("2026-11-04 01:30")
                .doesNotContain("2026-11-03 01:30").contains("显示全部版本");
        String all = page("/?unit=页测区&all=true", "VIEWER");
        assertThat(all).contains("2026-11-04 01:30", "2026-11-03 01:30", "只看最新");
    }

    @Test
    void aViewerCannotStartARunAndAnOperatorNeedsTheFormsToken() throws Exception {
        mvc.perform(post("/generate").param("kind", "briefing").param("unit", "示范区")
                .with(user("wang").roles("VIEWER")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/generate").param("kind", "briefing").param("unit", "示范区")
                .with(user("li").roles("OPERATOR"))).andExpect(status().isForbidden());
        mvc.perform(post("/generate").param("kind", "briefing").param("unit", "示范区").param("period", "2026-07")
                        .with(user("li").roles("OPERATOR")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/runs/*"));
    }

    @Test
    void aRefusedUploadListsEveryProblemOnThePage() throws Exception {
        String bad = "统计期,指标名称,本期累计,同比增长(%)\n2026-09,地区生产总值,1000,900\n";
        String html = mvc.perform(multipart("/data").file(new MockMultipartFile("file", "9月.csv", "text/csv",
                        bad.getBytes(StandardCharsets.UTF_8))).with(user("li").roles("OPERATOR")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("9月.csv：未导入（1 个问题）", "9月.csv:2:D: growth 900% is outside the sane range -100% to 500%");
    }
}

package org.jianbao.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
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
import org.springframework.util.FileSystemUtils;
import org.springframework.web.util.HtmlUtils;

import org.jianbao.speech.SpeechAnalyser;
import org.jianbao.speech.SpeechKeywords;
import org.jianbao.speech.SpeechOutline;
import org.jianbao.user.AuditLog;

/**
 * 讲话与模板 through MockMvc, on copies of the shipped speech and templates: the outline `speech` prints, the
 * templates' check, uploads by operators only (with the forms' token), refusals with the engines' messages leaving the
 * files as they were, and the previous version kept.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "serve"})
class SpeechAndTemplatesPageTest {

    private static final Path ROOT = Path.of("target/test-output/inputs-" + System.nanoTime()).toAbsolutePath();
    private static final Path SPEECH = ROOT.resolve("seeds/speech.txt");
    private static final Path TEMPLATES = ROOT.resolve("templates");

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) throws IOException {
        FileSystemUtils.copyRecursively(Path.of("templates"), TEMPLATES);
        Files.createDirectories(SPEECH.getParent());
        Files.copy(Path.of("seeds/speech-third-plenum-county.txt"), SPEECH);
        registry.add("jianbao.output-dir", () -> ROOT.resolve("output").toString());
        registry.add("jianbao.templates-dir", TEMPLATES::toString);
        registry.add("jianbao.speech", SPEECH::toString);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditLog audit;

    private String page(String role) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get("/inputs").with(user("wang").roles(role))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    /** Follows the redirect after a POST, as a browser does, with the flash message. */
    private String upload(String url, MockMultipartFile file, String template) throws Exception {
        var request = multipart(url).file(file).with(user("li").roles("OPERATOR")).with(csrf());
        if (template != null) {
            request.param("template", template);
        }
        MvcResult posted = mvc.perform(request).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/inputs")).andReturn();
        return HtmlUtils.htmlUnescape(mvc.perform(get("/inputs").with(user("li").roles("OPERATOR"))
                        .flashAttrs(posted.getFlashMap()).session((MockHttpSession) posted.getRequest().getSession()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void aViewerReadsTheSpeechsOutlineAsTheCommandPrintsItAndTheTemplatesCheck() throws Exception {
        StringWriter printed = new StringWriter();
        new SpeechOutline(new PrintWriter(printed)).print(new SpeechAnalyser().analyse(SPEECH),
                new SpeechKeywords().top(new SpeechAnalyser().analyse(SPEECH), 10));
        String html = page("VIEWER");
        String firstLines = printed.toString().lines().limit(3).reduce("", (a, b) -> a + b + "\n");
        assertThat(html).contains("讲话与模板", "speech.txt", firstLines.strip(), "sections,")
                .contains("progress-briefing.docx", "study-notes.docx", "检查无问题")
                .contains("href=\"/inputs\"", "href=\"/deliveries\"");
    }

    @Test
    void aViewerCannotUploadAndAnOperatorNeedsTheFormsToken() throws Exception {
        byte[] before = Files.readAllBytes(SPEECH);
        MockMultipartFile speech = new MockMultipartFile("file", "新讲话.txt", "text/plain", before);
        mvc.perform(multipart("/inputs/speech").file(speech).with(user("wang").roles("VIEWER")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/inputs/speech").file(speech).with(user("li").roles("OPERATOR")))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/inputs/templates").file(new MockMultipartFile("file", "t.docx", null, docx("{{title}}")))
                        .param("template", "study-notes.docx").with(user("wang").roles("VIEWER")).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(Files.readAllBytes(SPEECH)).isEqualTo(before);
    }

    @Test
    void aTemplateWithATagErrorIsRefusedWithTheEnginesMessageAndTheOldOneStays() throws Exception {
        Path target = TEMPLATES.resolve("progress-briefing.docx");
        byte[] before = Files.readAllBytes(target);
        String html = upload("/inputs/templates", new MockMultipartFile("file", "改过的简报.docx", null,
                docx("本期{{title 未闭合")), "progress-briefing.docx");
        assertThat(html).contains("progress-briefing.docx: 1 problem", "has '{{' without a closing '}}'");
        assertThat(Files.readAllBytes(target)).isEqualTo(before);
        assertThat(hidden(TEMPLATES)).isEmpty();
        assertThat(audit.recent(20)).anySatisfy(e -> assertThat(e.action() + " " + e.target() + " " + e.detail())
                .startsWith("upload-template progress-briefing.docx refused: progress-briefing.docx: 1 problem"));

        String notWord = upload("/inputs/templates", new MockMultipartFile("file", "x.docx", null,
                "not a zip".getBytes(StandardCharsets.UTF_8)), "progress-briefing.docx");
        assertThat(notWord).contains("id=\"refused\"", "progress-briefing.docx: ");
        assertThat(Files.readAllBytes(target)).isEqualTo(before);
    }

    @Test
    void aGoodTemplateTakesThePlaceAndThePreviousVersionIsKeptAndListed() throws Exception {
        Path target = TEMPLATES.resolve("study-notes.docx");
        byte[] before = Files.readAllBytes(target);
        byte[] next = docx("{{title}} 学习笔记");
        String html = upload("/inputs/templates", new MockMultipartFile("file", "新版.docx", null, next), "study-notes.docx");
        assertThat(html).contains("study-notes.docx：新版本已启用，原版本已保留。", "此前的版本（1）");
        assertThat(Files.readAllBytes(target)).isEqualTo(next);
        try (Stream<Path> kept = Files.list(TEMPLATES.resolve("versions"))) {
            Path version = kept.filter(p -> p.getFileName().toString().startsWith("study-notes-")).findFirst().orElseThrow();
            assertThat(Files.readAllBytes(version)).isEqualTo(before);
            assertThat(html).contains(version.getFileName().toString());
        }
        assertThat(audit.recent(20)).anySatisfy(e -> assertThat(e.action() + " " + e.target())
                .isEqualTo("upload-template study-notes.docx"));
    }

    @Test
    void aNewSpeechInGbkReplacesTheConfiguredOneAndABadOneIsRefusedInOneLine() throws Exception {
        byte[] original = Files.readAllBytes(SPEECH);
        String text = "在全区经济工作会议上的讲话\n（2026年11月5日）\n一、总体情况\n今年以来，全区经济稳中有进。\n"
                + "二、下步工作\n（一）抓项目建设。发改局要加快推进重点项目。\n";
        byte[] gbk = text.getBytes(Charset.forName("GBK"));
        String html = upload("/inputs/speech", new MockMultipartFile("file", "经济工作会议讲话.txt", "text/plain", gbk), null);
        assertThat(html).contains("经济工作会议讲话.txt：已替换为当前讲话", "在全区经济工作会议上的讲话", "此前的讲话（1）");
        assertThat(Files.readAllBytes(SPEECH)).isEqualTo(gbk);

        String refused = upload("/inputs/speech", new MockMultipartFile("file", "空.txt", "text/plain", new byte[0]), null);
        assertThat(refused).contains("id=\"refused\"", "空.txt");
        assertThat(Files.readAllBytes(SPEECH)).isEqualTo(gbk);

        String wrongKind = upload("/inputs/speech", new MockMultipartFile("file", "讲话.pdf", null, original), null);
        assertThat(wrongKind).contains("讲话.pdf: a speech is a .txt or .docx file");
        String notMatching = upload("/inputs/speech", new MockMultipartFile("file", "讲话.docx", null, docx("讲话")), null);
        assertThat(notMatching).contains("the configured speech speech.txt is a .txt file");
        assertThat(Files.readAllBytes(SPEECH)).isEqualTo(gbk);
        assertThat(hidden(SPEECH.getParent())).isEmpty();
    }

    /** The staged uploads (.upload-…): none may stay behind. */
    private static java.util.List<Path> hidden(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith(".upload-")).toList();
        }
    }

    private static byte[] docx(String paragraph) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(paragraph);
            doc.write(out);
            return out.toByteArray();
        }
    }
}

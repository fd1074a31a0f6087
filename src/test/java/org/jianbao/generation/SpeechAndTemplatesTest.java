package org.jianbao.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

import org.jianbao.testing.RawDocx;

/**
 * Hostile and damaged uploads of a .docx speech and of a template: refused with the analyser's or the engine's
 * message, the configured file untouched, nothing left beside it; a good one replaces it and the old one is kept.
 */
class SpeechAndTemplatesTest {

    @TempDir
    Path dir;

    private Path speech;
    private Path templates;
    private SpeechAndTemplates inputs;

    @BeforeEach
    void folders() throws Exception {
        speech = Files.write(dir.resolve("讲话.docx"), speechDocx("在全区三季度经济形势分析会上的讲话"));
        templates = dir.resolve("templates");
        FileSystemUtils.copyRecursively(Path.of("templates"), templates);
        inputs = new SpeechAndTemplates(new JianbaoProperties(speech, templates, dir.resolve("output")),
                new SpeechLibrary(), Clock.fixed(Instant.parse("2026-12-02T01:00:00Z"), ZoneId.of("Asia/Shanghai")));
    }

    @Test
    void aDocxSpeechThatIsNoZipOrAZipBombIsRefusedInOneLineAndNothingIsStored() throws Exception {
        byte[] before = Files.readAllBytes(speech);
        assertThatThrownBy(() -> inputs.replaceSpeech("新讲话.docx", "plain text".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SpeechAndTemplates.Refused.class)
                .satisfies(e -> assertThat(e.getMessage()).startsWith("新讲话.docx").doesNotContain("\n", ".upload-"));
        byte[] bomb = new RawDocx().body(RawDocx.p("讲话")).entry("word/media/x.bin", new byte[8 * 1024 * 1024]).bytes();
        assertThatThrownBy(() -> inputs.replaceSpeech("炸弹.docx", bomb))
                .isInstanceOf(SpeechAndTemplates.Refused.class).hasMessageContaining("zip bomb").hasMessageStartingWith("炸弹.docx");

        assertThat(Files.readAllBytes(speech)).isEqualTo(before);
        assertThat(leftovers(dir)).isEmpty();
        assertThat(inputs.speech().versions()).isEmpty();
        assertThat(inputs.speech().outline()).startsWith("在全区三季度经济形势分析会上的讲话");
    }

    @Test
    void aGoodDocxSpeechReplacesTheOldOneWhichIsKept() throws Exception {
        byte[] before = Files.readAllBytes(speech);
        byte[] next = speechDocx("在全区四季度工作推进会上的讲话");
        inputs.replaceSpeech("四季度.docx", next);
        assertThat(Files.readAllBytes(speech)).isEqualTo(next);
        assertThat(inputs.speech().outline()).startsWith("在全区四季度工作推进会上的讲话");
        assertThat(inputs.speech().versions()).singleElement().satisfies(v -> {
            assertThat(v.name()).isEqualTo("讲话-20261202-090000.docx");
            assertThat(Files.readAllBytes(dir.resolve("versions").resolve(v.name()))).isEqualTo(before);
        });
        inputs.replaceSpeech("再改.docx", speechDocx("在全区年终工作会上的讲话"));
        assertThat(inputs.speech().versions()).extracting(KeptVersions.Version::name)
                .containsExactly("讲话-20261202-090000-2.docx", "讲话-20261202-090000.docx");
    }

    @Test
    void aTemplateWithAnExternalEntityOrNotAWordFileIsRefusedWithTheEnginesMessage() throws Exception {
        Path target = templates.resolve("progress-briefing.docx");
        byte[] before = Files.readAllBytes(target);
        byte[] xxe = new RawDocx().documentXml("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<w:document xmlns:w=\"" + RawDocx.W + "\"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>").bytes();
        assertThatThrownBy(() -> inputs.replaceTemplate("progress-briefing.docx", xxe))
                .isInstanceOf(SpeechAndTemplates.Refused.class).hasMessageStartingWith("progress-briefing.docx: ")
                .hasMessageNotContaining("root:");
        assertThatThrownBy(() -> inputs.replaceTemplate("../progress-briefing.docx", new byte[] {1, 2, 3}))
                .isInstanceOf(SpeechAndTemplates.Refused.class).hasMessageContaining("progress-briefing.docx");
        assertThatThrownBy(() -> inputs.replaceTemplate("missing.docx", before))
                .isInstanceOf(SpeechAndTemplates.Refused.class).hasMessageStartingWith("missing.docx: no such template");
        assertThat(Files.readAllBytes(target)).isEqualTo(before);
        assertThat(leftovers(templates)).isEmpty();
        assertThat(inputs.templates()).extracting(SpeechAndTemplates.TemplateView::name)
                .containsExactly("progress-briefing.docx", "study-notes.docx");
    }

    private static byte[] speechDocx(String title) {
        return new RawDocx().body(RawDocx.p(title) + RawDocx.p("一、总体情况") + RawDocx.p("今年以来，全区经济稳中有进。")
                + RawDocx.p("二、下步工作") + RawDocx.p("（一）抓项目建设。发改局要加快推进重点项目。")).bytes();
    }

    private static java.util.List<Path> leftovers(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith(".upload-")).toList();
        }
    }
}

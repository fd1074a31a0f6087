package org.jianbao.report.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/**
 * The committed templates filled with the committed sample models by {@link PreviewFill}: proves the section
 * structure expands as intended (the real engine's own tests cover the engine) and the result is a valid .docx.
 */
class TemplatePreviewTest {

    private static final Path OUT = Path.of("target", "preview");

    @Test
    void briefingFillsCompletely() throws Exception {
        String text = fill("progress-briefing.docx", "briefing-model.json");

        assertThat(text).doesNotContain("{{").doesNotContain("}}")
                .contains("示范区工作进展简报", "第10期", "示范区党政办公室\t2026年11月7日", "示范区2026年1—10月",
                        "一、主要经济指标", "二、重点工作推进情况", "三、存在问题", "四、下步工作",
                        "（七）营商环境", "报：市委办公室，市政府办公室", "（共印60份）",
                        "地区生产总值完成412.6亿元，增速6.3%，全市排名第1；")
                .doesNotContain("本期未发现");
    }

    @Test
    void studyNotesFillCompletely() throws Exception {
        String text = fill("study-notes.docx", "study-notes-model.json");

        assertThat(text).doesNotContain("{{")
                .contains("《县委书记在传达二十届三中全会精神会议上的讲话》学习笔记", "示范区　2026年11月7日",
                        "一、讲话提纲", "（七）营商环境", "二、核心要点", "三、重要论述摘编", "1.“使市场在资源配置中起决定性作用”",
                        "四、历史脉络", "1978年", "五、任务分工", "经发局", "六、数据速览", "七、学习思考题",
                        "注：“×”处暂无对应数据");
    }

    private static String fill(String template, String model) throws Exception {
        Path out = OUT.resolve(template);
        PreviewFill.fill(Path.of("templates", template),
                JsonMapper.builder().build().readTree(Files.readString(Path.of("samples", model))), out);
        try (InputStream in = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }
}

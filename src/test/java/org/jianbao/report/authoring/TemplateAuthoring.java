package org.jianbao.report.authoring;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * Writes {@code templates/study-notes.docx} and {@code templates/progress-briefing.docx}. The committed files are
 * this program's output; users may then edit them in Word (TemplatesTest keeps checking tags and page set-up).
 *
 * <p>Run: {@code mvn -q -o test-compile exec:java} is not configured; use
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.jianbao.report.authoring.TemplateAuthoring templates}
 * after {@code mvn -q -o dependency:build-classpath -Dmdep.outputFile=cp.txt}, or run {@code TemplateAuthoringTest}
 * with {@code -Djianbao.templates.write=true}.
 */
public final class TemplateAuthoring {

    public static final String STUDY_NOTES = "study-notes.docx";
    public static final String BRIEFING = "progress-briefing.docx";

    private TemplateAuthoring() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "templates");
        writeAll(dir);
    }

    public static void writeAll(Path dir) throws IOException {
        studyNotes(dir.resolve(STUDY_NOTES));
        briefing(dir.resolve(BRIEFING));
    }

    static void studyNotes(Path file) throws IOException {
        OfficialDocx d = new OfficialDocx("学习笔记");
        d.paragraph(OfficialDocx.TITLE, "《{{speech.title}}》学习笔记");
        d.paragraph(OfficialDocx.SUBTITLE, "{{subtitle}}");
        d.paragraph(OfficialDocx.CENTERED, "{{unit}}　{{date | date}}");
        XWPFParagraph keywords = d.paragraph(OfficialDocx.NORMAL);
        d.run(keywords, "关键词：", OfficialDocx.HEITI);
        d.run(keywords, "{{keywords}}");

        d.paragraph(OfficialDocx.HEADING_1, "一、讲话提纲");
        d.tag("{{?outline}}");
        // The speech's own headings in 楷体: quoted matter, not confused with this document's 黑体 headings.
        XWPFParagraph section = d.paragraph(OfficialDocx.NORMAL);
        d.run(section, "{{number}}、{{heading}}", OfficialDocx.KAITI);
        d.tag("{{?items}}");
        d.paragraph(OfficialDocx.NORMAL, "（{{number}}）{{heading}}");
        d.tag("{{/items}}");
        d.tag("{{/outline}}");

        d.paragraph(OfficialDocx.HEADING_1, "二、核心要点");
        d.tag("{{?keyPoints}}");
        d.paragraph(OfficialDocx.HEADING_2, "（{{number}}）{{heading}}");
        d.tag("{{?points}}");
        d.paragraph(OfficialDocx.NORMAL, "{{text}}");
        d.tag("{{/points}}");
        d.tag("{{/keyPoints}}");

        d.paragraph(OfficialDocx.HEADING_1, "三、重要论述摘编");
        d.tag("{{?excerpts}}");
        XWPFParagraph quote = d.paragraph(OfficialDocx.NORMAL);
        d.run(quote, "{{number}}.“{{text}}”").setBold(true);
        XWPFParagraph source = d.paragraph(OfficialDocx.NORMAL);
        d.run(source, "原文：", OfficialDocx.KAITI);
        d.run(source, "{{sentence}}", OfficialDocx.KAITI);
        d.tag("{{/excerpts}}");

        d.paragraph(OfficialDocx.HEADING_1, "四、历史脉络");
        d.paragraph(OfficialDocx.CAPTION, "讲话引述的历次三中全会");
        d.table(new int[] {1300, 2300, 5244}, new boolean[] {false, false, true},
                new String[] {"年份", "会议", "讲话中的表述"},
                new String[] {"{{?history}}{{year}}", "{{session}}", "{{sentence}}{{/history}}"});

        d.paragraph(OfficialDocx.HEADING_1, "五、任务分工");
        d.paragraph(OfficialDocx.CAPTION, "讲话部署任务分工表");
        d.table(new int[] {700, 5144, 1500, 1500}, new boolean[] {false, true, false, false},
                new String[] {"序号", "任务", "牵头单位", "所属工作"},
                new String[] {"{{?tasks}}{{number}}", "{{task}}", "{{lead}}", "{{belongsTo}}{{/tasks}}"});

        d.paragraph(OfficialDocx.HEADING_1, "六、数据速览");
        d.tag("{{?figures}}");
        d.paragraph(OfficialDocx.NORMAL, "{{text}}");
        d.tag("{{/figures}}");
        d.tag("{{?unfilled}}");
        d.paragraph(OfficialDocx.NOTE, "注：“×”处暂无对应数据，保留讲话原稿写法。");
        d.tag("{{/unfilled}}");

        d.paragraph(OfficialDocx.HEADING_1, "七、学习思考题");
        d.tag("{{?questions}}");
        d.paragraph(OfficialDocx.NORMAL, "{{number}}.{{text}}");
        d.tag("{{/questions}}");
        d.write(file);
    }

    static void briefing(Path file) throws IOException {
        OfficialDocx d = new OfficialDocx("工作进展简报");
        // 报头
        d.paragraph(OfficialDocx.MASTHEAD, "{{unit.name}}工作进展简报");
        d.paragraph(OfficialDocx.CENTERED, "第{{issue}}期");
        d.leftRight("{{issuingOffice}}", "{{date | date}}");
        d.redRule();

        // Two lines, broken where the meaning breaks (GB/T 9704: never inside a word).
        d.paragraph(OfficialDocx.TITLE, "{{unit.name}}{{period}}");
        d.paragraph(OfficialDocx.TITLE, "经济运行及重点工作进展情况");
        d.blank();

        d.paragraph(OfficialDocx.HEADING_1, "一、主要经济指标");
        d.paragraph(OfficialDocx.NORMAL, "{{scorecard}}");
        d.paragraph(OfficialDocx.CAPTION, "主要经济指标完成情况");
        d.table(new int[] {2330, 860, 1000, 1150, 860, 1344, 1300}, null,
                new String[] {"指标", "计量单位", "本期累计", "同比增长（%）", "全市排名", "年度目标", "进度"},
                new String[] {"{{?indicators}}{{name}}", "{{measure}}", "{{value}}", "{{growth}}", "{{rank}}", "{{target}}",
                        "{{progress}}{{/indicators}}"});
        d.paragraph(OfficialDocx.NOTE, "注：进度栏“▲”表示达到年度目标或序时进度，“▼”表示未达到，“—”表示未设目标或暂无数据；"
                + "百分数为本期累计占年度目标的比重。");
        d.paragraph(OfficialDocx.CENTERED, "{{@growthChart}}");

        d.paragraph(OfficialDocx.HEADING_1, "二、重点工作推进情况");
        d.tag("{{?workAreas}}");
        d.paragraph(OfficialDocx.HEADING_2, "（{{number}}）{{name}}");
        XWPFParagraph requirement = d.paragraph(OfficialDocx.NORMAL);
        d.run(requirement, "讲话要求：", OfficialDocx.HEITI);
        d.run(requirement, "{{requirement}}");
        XWPFParagraph departments = d.paragraph(OfficialDocx.NORMAL);
        d.run(departments, "责任单位：", OfficialDocx.HEITI);
        d.run(departments, "{{departments}}");
        d.tag("{{?facts}}");
        d.paragraph(OfficialDocx.NORMAL, "{{text}}");
        d.tag("{{/facts}}");
        d.tag("{{^facts}}");
        d.paragraph(OfficialDocx.NORMAL, "本期暂无可对照的指标数据。");
        d.tag("{{/facts}}");
        d.tag("{{/workAreas}}");

        d.paragraph(OfficialDocx.HEADING_1, "三、存在问题");
        d.tag("{{?problems}}");
        d.paragraph(OfficialDocx.NORMAL, "{{number}}.{{text}}");
        d.tag("{{/problems}}");
        d.tag("{{^problems}}");
        d.paragraph(OfficialDocx.NORMAL, "对照年度目标、上月排名和全市平均水平，本期未发现落后指标和逾期项目。");
        d.tag("{{/problems}}");

        d.paragraph(OfficialDocx.HEADING_1, "四、下步工作");
        d.tag("{{?nextSteps}}");
        XWPFParagraph step = d.paragraph(OfficialDocx.NORMAL);
        d.run(step, "（{{number}}）{{area}}。", OfficialDocx.KAITI);
        d.run(step, "{{text}}");
        d.tag("{{/nextSteps}}");
        d.tag("{{^nextSteps}}");
        d.paragraph(OfficialDocx.NORMAL, "按照讲话部署，持续抓好各项重点工作。");
        d.tag("{{/nextSteps}}");

        d.blank();
        d.tail("{{?tailLines}}{{label}}：{{names}}{{/tailLines}}", "（共印{{copies}}份）");
        d.write(file);
    }
}

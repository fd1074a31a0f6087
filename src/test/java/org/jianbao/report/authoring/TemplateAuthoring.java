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
        // The title in the lines the model broke it into: between words, balanced (GB/T 9704 7.3.3).
        d.tag("{{?titleLines}}");
        d.paragraph(OfficialDocx.TITLE, "{{text}}");
        d.tag("{{/titleLines}}");
        d.paragraph(OfficialDocx.SUBTITLE, "{{subtitle}}");
        d.paragraph(OfficialDocx.CENTERED, "{{unit}}　{{date | date}}");
        XWPFParagraph keywords = d.paragraph(OfficialDocx.NORMAL);
        d.run(keywords, "关键词：", OfficialDocx.HEITI);
        d.run(keywords, "{{keywords}}");

        // Each section only when it has something to say; the model numbers those present.
        d.tag("{{?background}}");
        d.paragraph(OfficialDocx.HEADING_1, "{{no.background}}、会议背景");
        d.paragraph(OfficialDocx.NORMAL, "{{background}}");
        d.tag("{{/background}}");

        d.tag("{{?no.outline}}");
        d.paragraph(OfficialDocx.HEADING_1, "{{no.outline}}、讲话提纲");
        d.tag("{{/no.outline}}");
        d.tag("{{?outline}}");
        // The speech's own headings in 楷体: quoted matter, not confused with this document's 黑体 headings.
        XWPFParagraph section = d.paragraph(OfficialDocx.NORMAL);
        d.run(section, "{{number}}、{{heading}}", OfficialDocx.KAITI);
        d.tag("{{?items}}");
        d.paragraph(OfficialDocx.NORMAL, "（{{number}}）{{heading}}");
        d.tag("{{/items}}");
        d.tag("{{/outline}}");

        d.tag("{{?no.keyPoints}}");
        d.paragraph(OfficialDocx.HEADING_1, "{{no.keyPoints}}、核心要点");
        d.tag("{{/no.keyPoints}}");
        d.tag("{{?keyPoints}}");
        d.paragraph(OfficialDocx.HEADING_2, "（{{number}}）{{heading}}");
        d.tag("{{?points}}");
        d.paragraph(OfficialDocx.NORMAL, "{{text}}");
        d.tag("{{/points}}");
        d.tag("{{/keyPoints}}");

        d.tag("{{?no.excerpts}}");
        d.paragraph(OfficialDocx.HEADING_1, "{{no.excerpts}}、重要论述摘编");
        d.tag("{{/no.excerpts}}");
        d.tag("{{?excerpts}}");
        d.paragraph(OfficialDocx.NORMAL, "{{number}}.{{sentence}}");
        d.tag("{{/excerpts}}");

        d.tag("{{?no.history}}");
        d.paragraph(OfficialDocx.HEADING_1, "{{no.history}}、历史脉络");
        d.paragraph(OfficialDocx.CAPTION, "讲话引述的历次全会");
        d.table(new int[] {1700, 2200, 4944}, new boolean[] {false, false, true},
                new String[] {"时间", "会议", "讲话中的表述"},
                new String[] {"{{?history}}{{time}}", "{{session}}", "{{sentence}}{{/history}}"});
        d.tag("{{/no.history}}");

        d.tag("{{?no.tasks}}");
        d.paragraph(OfficialDocx.HEADING_1, "{{no.tasks}}、任务分工");
        d.paragraph(OfficialDocx.CAPTION, "讲话部署任务分工表");
        d.table(new int[] {700, 1900, 4544, 1700}, new boolean[] {false, false, true, false},
                new String[] {"序号", "工作", "任务", "牵头单位"},
                new String[] {"{{?tasks}}{{number}}", "{{area}}", "{{task}}", "{{lead}}{{/tasks}}"});
        d.tag("{{/no.tasks}}");

        d.tag("{{?no.figures}}");
        d.paragraph(OfficialDocx.HEADING_1, "{{no.figures}}、数据速览");
        d.paragraph(OfficialDocx.NORMAL, "{{dataPeriod}}");
        d.tag("{{/no.figures}}");
        d.tag("{{?figures}}");
        d.paragraph(OfficialDocx.NORMAL, "{{text}}");
        d.tag("{{?note}}");
        d.paragraph(OfficialDocx.NOTE, "{{note}}");
        d.tag("{{/note}}");
        d.tag("{{/figures}}");

        d.tag("{{?no.questions}}");
        d.paragraph(OfficialDocx.HEADING_1, "{{no.questions}}、学习思考题");
        d.tag("{{/no.questions}}");
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
        d.paragraph(OfficialDocx.NORMAL, "{{lead}}");

        d.paragraph(OfficialDocx.HEADING_1, "一、主要经济指标");
        d.tag("{{?growthChart}}");
        d.keepWithNext(d.paragraph(OfficialDocx.CENTERED, "{{@growthChart}}"));
        d.captionBelow("{{chartCaption}}");
        d.tag("{{/growthChart}}");
        d.keepWithNext(d.paragraph(OfficialDocx.CAPTION, "表1　主要经济指标完成情况"));
        // 五号 (210 twips a character, digits about half) plus 57-twip cell margins: widths from the longest content
        // (10-character names, 亿美元, 22500, ▲83.6%); the target split in three so that no cell wraps.
        d.smallTables();
        d.groupedTable(new int[] {2300, 820, 1000, 760, 640, 800, 760, 640, 1124}, 57,
                new String[] {"指标", "单位", "{{months}}", "增速\n（%）", "全市\n排名", "年度目标", "进度"},
                new int[] {1, 1, 1, 1, 1, 3, 1},
                new String[] {"总量", "增速\n（%）", "排名"},
                new String[] {"{{?indicators}}{{name}}", "{{measure}}", "{{value}}", "{{growth}}", "{{rank}}",
                        "{{targetValue}}", "{{targetGrowth}}", "{{targetRank}}", "{{progress}}{{/indicators}}"},
                true);
        d.paragraph(OfficialDocx.NOTE, "注：▲达到年度目标（累计量按序时进度），▼未达到，—未设目标或无数据；百分数为完成年度目标的比重。");
        d.tag("{{?highlights}}");
        d.paragraph(OfficialDocx.NORMAL, "{{highlights}}");
        d.tag("{{/highlights}}");

        d.tag("{{?requirementSource}}");
        d.paragraph(OfficialDocx.HEADING_1, "二、重点工作推进情况");
        d.paragraph(OfficialDocx.NORMAL, "{{requirementSource}}");
        d.tag("{{/requirementSource}}");
        d.tag("{{?workAreas}}");
        XWPFParagraph area = d.paragraph(OfficialDocx.NORMAL);
        d.run(area, "（{{number}}）{{name}}。", OfficialDocx.KAITI);
        d.run(area, "{{requirement}}{{departments}}{{facts}}");
        d.tag("{{/workAreas}}");

        d.paragraph(OfficialDocx.HEADING_1, "{{problemsNo}}、存在问题");
        d.tag("{{?problems}}");
        d.paragraph(OfficialDocx.NORMAL, "（{{number}}）{{text}}");
        d.tag("{{/problems}}");
        d.tag("{{^problems}}");
        d.paragraph(OfficialDocx.NORMAL, "对照年度目标、全市排名、当月增速和全市平均水平，本期未发现落后指标和逾期项目。");
        d.tag("{{/problems}}");

        d.paragraph(OfficialDocx.HEADING_1, "{{stepsNo}}、下步工作");
        d.tag("{{?nextSteps}}");
        d.paragraph(OfficialDocx.NORMAL, "（{{number}}）{{text}}");
        d.tag("{{/nextSteps}}");
        d.tag("{{^nextSteps}}");
        d.paragraph(OfficialDocx.NORMAL, "按照讲话部署，持续抓好各项重点工作。");
        d.tag("{{/nextSteps}}");

        d.tail("{{?tailLines}}{{label}}：{{names}}{{/tailLines}}", "（共印{{copies}}份）");
        d.write(file);
    }
}

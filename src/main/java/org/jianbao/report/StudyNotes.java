package org.jianbao.report;

import java.time.LocalDate;
import java.util.List;

/**
 * The data model of {@code templates/study-notes.docx}. Every component name is a tag of the template
 * ({@code {{?titleLines}}}, {@code {{?outline}}}…), so renaming one means editing the template too
 * (TemplatesTest checks both agree).
 *
 * @param titleLines the notes' title, broken between words into balanced lines (GB/T 9704 7.3.3)
 * @param subtitle   the notes' subtitle line
 * @param unit       the unit studying the speech
 * @param date       the notes' date ({@code {{date | date}}})
 * @param keywords   the keyword line: the speech's themes, separated by 「　」
 * @param no         the numerals of the sections present (a section with nothing to say is left out and the
 *                   numbering closes up)
 * @param background 会议背景 from the reference data, or empty
 * @param outline    讲话提纲: sections with their items
 * @param keyPoints  核心要点: per section, its thesis sentences
 * @param excerpts   重要论述摘编: whole, distinct sentences that define, characterise or quote a formulation
 * @param history    历史脉络: the plenary sessions cited, dated from the reference data
 * @param tasks      任务分工: every work area the speech tasks
 * @param dataPeriod 数据速览's opening line naming the period the figures are of
 * @param figures    数据速览: the speech's figure sentences with × filled where the data is of that period
 * @param questions  学习思考题: 3–5, each tied to a formulation, a task or a problem of the unit
 */
public record StudyNotes(
        List<Line> titleLines,
        String subtitle,
        String unit,
        LocalDate date,
        String keywords,
        Numbers no,
        String background,
        List<OutlineSection> outline,
        List<KeyPointSection> keyPoints,
        List<Excerpt> excerpts,
        List<HistoryRow> history,
        List<TaskRow> tasks,
        String dataPeriod,
        List<DataLine> figures,
        List<Question> questions) {

    public StudyNotes {
        titleLines = List.copyOf(titleLines);
        outline = List.copyOf(outline);
        keyPoints = List.copyOf(keyPoints);
        excerpts = List.copyOf(excerpts);
        history = List.copyOf(history);
        tasks = List.copyOf(tasks);
        figures = List.copyOf(figures);
        questions = List.copyOf(questions);
    }

    /** A line of text. */
    public record Line(String text) {
    }

    /** The 一、二、… of each section present; empty for a section left out. */
    public record Numbers(String background, String outline, String keyPoints, String excerpts, String history,
                          String tasks, String figures, String questions) {
    }

    /** A section of the speech in the outline: {@code 一、heading}, then its items. */
    public record OutlineSection(String number, String heading, List<OutlineItem> items) {

        public OutlineSection {
            items = List.copyOf(items);
        }
    }

    /** An item of the speech in the outline: {@code （一）heading}. */
    public record OutlineItem(String number, String heading) {
    }

    /** The core points of one section, numbered as the notes' level-2 headings. */
    public record KeyPointSection(String number, String heading, List<Point> points) {

        public KeyPointSection {
            points = List.copyOf(points);
        }
    }

    /** One sentence of the speech, verbatim (× marks for names filled, punctuation full-width). */
    public record Point(String text) {
    }

    /** A sentence of the speech worth studying: it defines, characterises, enumerates or quotes a formulation. */
    public record Excerpt(int number, String sentence) {
    }

    /** A plenary session the speech cites: {@code 1978年12月}, {@code 十一届三中全会}, the speech's sentence. */
    public record HistoryRow(String time, String session, String sentence) {
    }

    /** A work area the speech tasks: what it requires (whole clauses), and who leads (「—」 when it names no one). */
    public record TaskRow(int number, String area, String task, String lead) {
    }

    /** A figure sentence of the speech with its × marks filled where the data allows, and a note on what stays ×. */
    public record DataLine(String text, String note) {
    }

    /** A study question: one of the fixed question phrases with a formulation, a task or a figure of the unit. */
    public record Question(int number, String text) {
    }
}

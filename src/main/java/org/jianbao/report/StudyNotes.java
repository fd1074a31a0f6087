package org.jianbao.report;

import java.time.LocalDate;
import java.util.List;

/**
 * The data model of {@code templates/study-notes.docx}. Every component name is a tag of the template
 * ({@code {{speech.title}}}, {@code {{?outline}}}…), so renaming one means editing the template too
 * (TemplatesTest checks both agree).
 *
 * @param speech     the speech's own title, subtitle and date
 * @param subtitle   the notes' subtitle line
 * @param unit       the unit studying the speech
 * @param date       the notes' date ({@code {{date | date}}})
 * @param keywords   the keyword line, words separated by 「　」
 * @param outline    讲话提纲: sections with their items
 * @param keyPoints  核心要点: per section, the requirement sentences, verbatim
 * @param excerpts   重要论述摘编: quoted formulations with their sentence
 * @param history    历史脉络: the plenary sessions cited
 * @param tasks      任务分工: assignments
 * @param figures    数据速览: the speech's figure sentences with × filled
 * @param unfilled   true when a × in 数据速览 stays unfilled (shows a fixed note under the list)
 * @param questions  学习思考题: one per section
 */
public record StudyNotes(
        SpeechInfo speech,
        String subtitle,
        String unit,
        LocalDate date,
        String keywords,
        List<OutlineSection> outline,
        List<KeyPointSection> keyPoints,
        List<Excerpt> excerpts,
        List<HistoryRow> history,
        List<TaskRow> tasks,
        List<DataLine> figures,
        boolean unfilled,
        List<Question> questions) {

    public StudyNotes {
        outline = List.copyOf(outline);
        keyPoints = List.copyOf(keyPoints);
        excerpts = List.copyOf(excerpts);
        history = List.copyOf(history);
        tasks = List.copyOf(tasks);
        figures = List.copyOf(figures);
        questions = List.copyOf(questions);
    }

    /** The speech's title, subtitle and date as it gives them ({@code {{speech.title}}}). */
    public record SpeechInfo(String title, String subtitle, String date) {
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

    /** One sentence of the speech, verbatim (× marks for names filled). */
    public record Point(String text) {
    }

    /** A quoted formulation ({@code text}, without “”) and the sentence it stands in. */
    public record Excerpt(int number, String text, String sentence) {
    }

    /** A plenary session the speech cites: {@code 1978年}, {@code 十一届三中全会}, the citing sentence. */
    public record HistoryRow(String year, String session, String sentence) {
    }

    /** An assignment: the task sentence, the lead department, the section or item it belongs to. */
    public record TaskRow(int number, String task, String lead, String belongsTo) {
    }

    /** A figure sentence of the speech with its × marks filled where the data allows. */
    public record DataLine(String text) {
    }

    /** A study question built from a section heading by a fixed sentence. */
    public record Question(int number, String text) {
    }
}

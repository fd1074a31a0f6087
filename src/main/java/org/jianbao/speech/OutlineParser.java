package org.jianbao.speech;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the outline (title, subtitle, date, preamble, sections, items) from the lines of a speech and
 * lists every passage of text in reading order for the finders.
 *
 * <p>Markers are recognised at the start of a line only. The level-1 style is chosen once per speech:
 * {@code 一、} when any line has it (then {@code 第一，} lines are ordinary paragraphs), else {@code 第一，},
 * else {@code （一）} is promoted to level 1. A level-1 or level-2 marker whose number does not follow
 * the previous one ({@code 一、} again after {@code 三、}) is a list inside a paragraph, not a new part.
 */
final class OutlineParser {

    private static final String CN = "([一二三四五六七八九十]{1,3})";
    private static final String DIGITS = "([0-9０-９]{1,2})";
    /** Not {@code 一、二季度} or {@code 一、二、三产业}: a list of numerals, not a marker. */
    private static final Pattern L1 = Pattern.compile("^" + CN + "\\s*[、.．](?![一二三四五六七八九十]+[、季月产])\\s*");
    private static final Pattern L1_ORDINAL = Pattern.compile("^第" + CN + "(?:部分\\s*[，,、：:.．]?|\\s*[，,、：:.．])\\s*");
    private static final Pattern L2 = Pattern.compile("^[（(]\\s*" + CN + "\\s*[)）]\\s*[、，,.．]?\\s*");
    private static final Pattern L3 = Pattern.compile("^" + DIGITS + "\\s*[.．、](?![0-9０-９])\\s*");
    private static final Pattern L4 = Pattern.compile("^[（(]\\s*" + DIGITS + "\\s*[)）]\\s*[、，,.．]?\\s*");
    private static final String DATE_TEXT = "((?:[0-9]{4}|[〇零一二三四五六七八九]{4})\\s*年\\s*[0-9〇一二三四五六七八九十]{1,3}\\s*月"
            + "(?:\\s*[0-9〇一二三四五六七八九十]{1,3}\\s*日)?(?:\\s*[上下]午)?)";
    private static final Pattern DATE = Pattern.compile("^[（(]?\\s*" + DATE_TEXT + "\\s*[)）]?$");
    /** {@code 张三（2024年9月12日）}, {@code （2024年9月12日，根据录音整理）}: a date in brackets closing a header line. */
    private static final Pattern BRACKETED_DATE = Pattern.compile("^(.{0,24}?)[（(]\\s*" + DATE_TEXT + "[^)）]{0,20}[)）]$");
    private static final Pattern SUBTITLE = Pattern.compile("^(?:[—–―─]{1,2}|-{2}|－{2})\\s*(\\S.*)$");
    private static final int TITLE_MAX = 80;
    private static final int SPEAKER_MAX = 24;

    private enum Style { L1, L1_ORDINAL, L2, NONE }

    /** The outline and every passage, in reading order. */
    record Outline(String title, String subtitle, String date, List<Paragraph> preamble, List<Section> sections,
            List<Passage> passages) {
    }

    private final List<Passage> passages = new ArrayList<>();
    private final List<Paragraph> preamble = new ArrayList<>();
    private final List<Node> sections = new ArrayList<>();
    /** Open section and items, innermost last. */
    private final Deque<Node> open = new ArrayDeque<>();
    private String title;
    private String subtitle;
    private String date;
    private Style style;
    private int lastSection;
    private int lastItem;

    private OutlineParser() {
    }

    static Outline parse(List<SourceLine> lines) {
        return new OutlineParser().run(lines);
    }

    private Outline run(List<SourceLine> source) {
        List<SourceLine> lines = new ArrayList<>();
        for (SourceLine line : source) {
            String text = Lines.trim(line.text().replace("\uFEFF", ""));
            if (!text.isEmpty()) {
                lines.add(new SourceLine(text, line.outlineLevel()));
            }
        }
        style = styleOf(lines);
        int offset = 0;
        int i = 0;
        // The header: title (once, even when repeated), subtitle and date, in any order, until other text.
        for (; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            if (!header(line, offset)) {
                break;
            }
            offset += line.text().length() + 1;
        }
        for (; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            body(line, offset);
            offset += line.text().length() + 1;
        }
        return new Outline(title, subtitle, date, preamble, sections.stream().map(Node::toSection).toList(),
                List.copyOf(passages));
    }

    private static Style styleOf(List<SourceLine> lines) {
        boolean ordinal = false;
        boolean level2 = false;
        for (SourceLine line : lines) {
            if (number(L1, line.text()) > 0) {
                return Style.L1;
            }
            ordinal |= number(L1_ORDINAL, line.text()) > 0;
            level2 |= number(L2, line.text()) > 0;
        }
        return ordinal ? Style.L1_ORDINAL : level2 ? Style.L2 : Style.NONE;
    }

    private boolean header(SourceLine line, int offset) {
        String text = line.text();
        if (title != null && squeeze(text).equals(squeeze(title))) {
            return true;
        }
        Matcher m = SUBTITLE.matcher(text);
        if (subtitle == null && m.matches()) {
            subtitle = m.group(1).strip();
            passages.add(Passage.of(Passage.Role.SUBTITLE, subtitle, offset + m.start(1), null, null));
            return true;
        }
        m = DATE.matcher(text);
        if (date == null && m.matches()) {
            date = m.group(1);
            return true;
        }
        m = BRACKETED_DATE.matcher(text);
        if (date == null && title != null && m.matches()) {
            date = m.group(2);
            String speaker = Lines.trim(m.group(1));
            if (!speaker.isEmpty()) {
                paragraph(speaker, offset);
            }
            return true;
        }
        if (title == null && (line.outlineLevel() == 0 || titleLike(line))) {
            title = text;
            passages.add(Passage.of(Passage.Role.TITLE, title, offset, null, null));
            return true;
        }
        if (title != null && text.length() <= SPEAKER_MAX && titleLike(line) && !text.startsWith("同志")) {
            // A speaker line (县委书记 张三) between title and date: kept in the preamble, the header goes on.
            paragraph(text, offset);
            return true;
        }
        return false;
    }

    /** Short, not a sentence, not numbered: what a speech's first line looks like when it is its title. */
    private static boolean titleLike(SourceLine line) {
        String text = line.text();
        if (text.length() > TITLE_MAX || "：:，,、；;".indexOf(text.charAt(text.length() - 1)) >= 0
                || text.startsWith("同志们") || text.startsWith("各位")) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if ("。！？!?；;".indexOf(text.charAt(i)) >= 0) {
                return false;
            }
        }
        return line.outlineLevel() <= 1 && number(L1, text) < 0 && number(L1_ORDINAL, text) < 0 && number(L2, text) < 0
                && number(L3, text) < 0 && number(L4, text) < 0;
    }

    private void body(SourceLine line, int offset) {
        String text = line.text();
        Matcher m;
        if ((m = L2.matcher(text)).lookingAt() && style == Style.L2 && org.jianbao.text.ChineseNumerals.value(m.group(1)) > lastSection) {
            section(m, text, offset);
        } else if ((m = L2.matcher(text)).lookingAt() && style != Style.L2 && !open.isEmpty()
                && org.jianbao.text.ChineseNumerals.value(m.group(1)) > lastItem) {
            lastItem = org.jianbao.text.ChineseNumerals.value(m.group(1));
            item(2, m.group(1), text, m.end(), offset);
        } else if ((m = L4.matcher(text)).lookingAt() && !open.isEmpty()) {
            item(4, m.group(1), text, m.end(), offset);
        } else if ((m = L1.matcher(text)).lookingAt() && style == Style.L1 && org.jianbao.text.ChineseNumerals.value(m.group(1)) > lastSection) {
            section(m, text, offset);
        } else if ((m = L1_ORDINAL.matcher(text)).lookingAt() && style == Style.L1_ORDINAL
                && org.jianbao.text.ChineseNumerals.value(m.group(1)) > lastSection) {
            section(m, text, offset);
        } else if ((m = L3.matcher(text)).lookingAt() && !open.isEmpty()) {
            item(3, m.group(1), text, m.end(), offset);
        } else if (line.outlineLevel() == 1) {
            // A Word heading without a written number: number it in sequence.
            lastSection++;
            startSection(org.jianbao.text.ChineseNumerals.of(lastSection), text, 0, offset);
        } else if (line.outlineLevel() >= 2 && !open.isEmpty()) {
            int level = Math.min(line.outlineLevel(), 4);
            while (open.size() > 1 && open.peekLast().level >= level) {
                open.removeLast(); // close siblings first, so that the count below is of this parent's children
            }
            String number = level == 2 ? org.jianbao.text.ChineseNumerals.of(++lastItem) : String.valueOf(countAt(level) + 1);
            item(level, number, text, 0, offset);
        } else {
            paragraph(text, offset);
        }
    }

    private void section(Matcher m, String text, int offset) {
        lastSection = org.jianbao.text.ChineseNumerals.value(m.group(1));
        startSection(m.group(1), text, m.end(), offset);
    }

    private void startSection(String number, String text, int from, int offset) {
        RunIn runIn = RunIn.split(text, from);
        Node section = new Node(1, number, runIn.heading());
        sections.add(section);
        open.clear();
        open.addLast(section);
        lastItem = 0;
        passages.add(Passage.of(Passage.Role.HEADING, runIn.heading(), offset + runIn.headingStart(), section.heading, null));
        if (runIn.body() != null) {
            paragraph(runIn.body(), offset + runIn.bodyStart());
        }
    }

    private void item(int level, String number, String text, int from, int offset) {
        while (open.size() > 1 && open.peekLast().level >= level) {
            open.removeLast();
        }
        RunIn runIn = RunIn.split(text, from);
        Node item = new Node(level, number, runIn.heading());
        open.peekLast().children.add(item);
        open.addLast(item);
        passages.add(Passage.of(Passage.Role.HEADING, runIn.heading(), offset + runIn.headingStart(),
                open.peekFirst().heading, item.heading));
        if (runIn.body() != null) {
            paragraph(runIn.body(), offset + runIn.bodyStart());
        }
    }

    private int countAt(int level) {
        Node parent = open.peekLast();
        return (int) parent.children.stream().filter(child -> child.level == level).count();
    }

    private void paragraph(String text, int offset) {
        Node section = open.peekFirst();
        Node item = open.size() > 1 ? open.peekLast() : null;
        Passage passage = Passage.of(Passage.Role.BODY, text, offset,
                section == null ? null : section.heading, item == null ? null : item.heading);
        passages.add(passage);
        Paragraph paragraph = new Paragraph(text, passage.sentences().stream().map(Sentences.Sentence::text).toList(),
                Points.find(text));
        if (open.isEmpty()) {
            preamble.add(paragraph);
        } else {
            open.peekLast().paragraphs.add(paragraph);
        }
    }

    private static int number(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.lookingAt()) {
            return -1;
        }
        String number = m.group(1);
        return Character.isDigit(number.charAt(0)) ? 1 : org.jianbao.text.ChineseNumerals.value(number);
    }

    private static String squeeze(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (!Lines.isSpace(text.charAt(i))) {
                sb.append(text.charAt(i));
            }
        }
        return sb.toString();
    }

    /**
     * A heading line split into heading and run-in body: {@code 经济运行。×区是…} → {@code 经济运行} and
     * {@code ×区是…}. Without an end mark the whole line is the heading.
     */
    private record RunIn(String heading, int headingStart, String body, int bodyStart) {

        /** {@code （一）总体情况：今年以来…}: a short label before a colon is the heading (not a quotation's lead-in). */
        private static final int LABEL_MAX = 16;

        static RunIn split(String line, int from) {
            String rest = line.substring(from);
            Brackets brackets = Brackets.of(rest);
            int end = -1;
            for (int i = 0; i < rest.length(); i++) {
                char c = rest.charAt(i);
                boolean shortLabel = "：:".indexOf(c) >= 0 && i <= LABEL_MAX && !Lines.trim(rest.substring(i + 1)).isEmpty()
                        && "“「\"".indexOf(Lines.trim(rest.substring(i + 1)).charAt(0)) < 0;
                if (("。！？!?".indexOf(c) >= 0 || shortLabel) && !brackets.enclosed(i)) {
                    end = i;
                    break;
                }
            }
            String heading = stripEnd(end < 0 ? rest : rest.substring(0, end));
            String body = end < 0 ? "" : rest.substring(end + 1);
            int bodyStart = from + end + 1;
            while (!body.isEmpty() && "。！？!?：:".indexOf(body.charAt(0)) >= 0) {
                body = body.substring(1);
                bodyStart++;
            }
            String trimmedBody = Lines.trim(body);
            bodyStart += body.indexOf(trimmedBody.isEmpty() ? body : trimmedBody);
            return new RunIn(heading, from, trimmedBody.isEmpty() ? null : trimmedBody, bodyStart);
        }

        private static String stripEnd(String heading) {
            String h = Lines.trim(heading);
            while (!h.isEmpty() && "：:，,、；;。.．".indexOf(h.charAt(h.length() - 1)) >= 0) {
                h = Lines.trim(h.substring(0, h.length() - 1));
            }
            return h;
        }
    }

    /** A section or item while the outline is being built. */
    private static final class Node {
        final int level;
        final String number;
        final String heading;
        final List<Paragraph> paragraphs = new ArrayList<>();
        final List<Node> children = new ArrayList<>();

        Node(int level, String number, String heading) {
            this.level = level;
            this.number = number;
            this.heading = heading;
        }

        Section toSection() {
            return new Section(number, heading, paragraphs, children.stream().map(Node::toItem).toList());
        }

        Item toItem() {
            return new Item(level, number, heading, paragraphs, children.stream().map(Node::toItem).toList());
        }
    }
}

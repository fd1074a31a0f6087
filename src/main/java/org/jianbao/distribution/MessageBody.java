package org.jianbao.distribution;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

import org.jianbao.generation.DocumentKind;

/**
 * The short text of a distribution email: what is attached, the period, and for a briefing the headlines of
 * its 存在问题 part, read from the Word file that is sent (so an edited file's headlines are the ones shown).
 */
final class MessageBody {

    private static final int HEADLINES = 5;

    private final String signature;
    /** Headlines per Word file and its modification time: read once, not once per recipient (500 in a list). */
    private final java.util.Map<String, List<String>> headlines = new java.util.concurrent.ConcurrentHashMap<>();

    MessageBody(String signature) {
        this.signature = signature;
    }

    String plain(String recipient, List<Outgoing> documents) {
        StringBuilder text = new StringBuilder(recipient).append("：\n\n");
        for (Outgoing d : documents) {
            text.append("附件为").append(d.title()).append("（").append(period(d)).append("），请查收。\n");
            List<String> problems = cachedHeadlines(d);
            if (!problems.isEmpty()) {
                text.append("\n存在问题：\n");
                for (int i = 0; i < problems.size(); i++) {
                    text.append(i + 1).append(". ").append(problems.get(i)).append('\n');
                }
            }
            text.append('\n');
        }
        return text.append(signature).append('\n').toString();
    }

    String html(String recipient, List<Outgoing> documents) {
        StringBuilder html = new StringBuilder("<html><body><p>").append(escape(recipient)).append("：</p>");
        for (Outgoing d : documents) {
            html.append("<p>附件为<b>").append(escape(d.title())).append("</b>（").append(escape(period(d)))
                    .append("），请查收。</p>");
            List<String> problems = cachedHeadlines(d);
            if (!problems.isEmpty()) {
                html.append("<p>存在问题：</p><ol>");
                problems.forEach(p -> html.append("<li>").append(escape(p)).append("</li>"));
                html.append("</ol>");
            }
        }
        return html.append("<p>").append(escape(signature)).append("</p></body></html>").toString();
    }

    private static String period(Outgoing d) {
        int month = d.period().getMonthValue();
        return d.kind() == DocumentKind.BRIEFING
                ? d.period().getYear() + "年" + (month == 1 ? "1月" : "1—" + month + "月")
                : d.period().getYear() + "年" + month + "月数据";
    }

    private List<String> cachedHeadlines(Outgoing d) {
        String key;
        try {
            key = d.docx().toAbsolutePath() + "@" + Files.getLastModifiedTime(d.docx()).toMillis();
        } catch (IOException e) {
            return List.of();
        }
        return headlines.computeIfAbsent(key, k -> headlines(d));
    }

    /**
     * The first sentence of each paragraph under the heading that names 存在问题, up to the next 一、-style
     * heading. A document without that part (study notes, a reworded template) has none, and the mail says less.
     */
    static List<String> headlines(Outgoing d) {
        if (d.kind() != DocumentKind.BRIEFING) {
            return List.of();
        }
        List<String> headlines = new ArrayList<>();
        try (InputStream in = Files.newInputStream(d.docx()); XWPFDocument doc = new XWPFDocument(in)) {
            boolean inside = false;
            for (XWPFParagraph p : doc.getParagraphs()) {
                String text = p.getText().strip();
                boolean heading = text.matches("^[一二三四五六七八九十]+、.*") && text.length() < 30;
                if (heading) {
                    if (inside) {
                        break;
                    }
                    inside = text.contains("存在问题");
                    continue;
                }
                if (inside && !text.isEmpty() && headlines.size() < HEADLINES) {
                    // The document numbers its problems (（一）… or 1.…); the mail numbers them itself.
                    headlines.add(firstSentence(text.replaceFirst("^(\\d+[.．、]|（[一二三四五六七八九十]+）)\\s*", "")));
                }
            }
        } catch (IOException | RuntimeException e) {
            return List.of(); // the attachment is what counts; a body without headlines is still a good message
        }
        return headlines;
    }

    private static String firstSentence(String text) {
        int end = -1;
        for (char stop : new char[] {'。', '：', '；'}) {
            int i = text.indexOf(stop);
            if (i > 0 && (end < 0 || i < end)) {
                end = i;
            }
        }
        String sentence = end > 0 ? text.substring(0, end) : text;
        return sentence.length() > 80 ? sentence.substring(0, 79) + "…" : sentence;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

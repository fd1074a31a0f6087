package org.jianbao.speech;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A speech as {@code jianbao speech FILE} prints it: the outline indented by level, then what was found, with counts.
 * The command and the service's 讲话与模板 page both show this text, so they cannot disagree.
 */
public record SpeechOutline(PrintWriter out) {

    /** The outline as one text, for a page. */
    public static String text(Speech speech, List<Keyword> keywords) {
        StringWriter text = new StringWriter();
        new SpeechOutline(new PrintWriter(text)).print(speech, keywords);
        return text.toString();
    }

    public void print(Speech speech, List<Keyword> keywords) {
        out.println(speech.title() == null ? "(no title)" : speech.title());
        if (speech.subtitle() != null) {
            out.println("  ——" + speech.subtitle());
        }
        if (speech.date() != null) {
            out.println("  （" + speech.date() + "）");
        }
        if (!speech.preamble().isEmpty()) {
            out.println("  [preamble: " + paragraphs(speech.preamble()) + "]");
        }
        for (Section section : speech.sections()) {
            out.println(section.number() + "、" + section.heading() + "  [" + paragraphs(section.paragraphs()) + "]");
            section.items().forEach(item -> item(item));
        }
        out.println();
        out.println(speech.sections().size() + " sections, " + countItems(speech) + " items, "
                + speech.quotes().size() + " quotes, " + speech.years().size() + " years, "
                + speech.plenums().size() + " plenums, " + speech.placeholders().size() + " placeholders, "
                + speech.assignments().size() + " assignments");
        list("Quotes", speech.quotes(), q -> "“" + q.text() + "”");
        if (!speech.years().isEmpty()) {
            out.println("Years: " + speech.years().stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }
        list("Plenums", speech.plenums(), p -> p.name() + (p.year() == null ? "" : " (" + p.year() + ")"));
        if (!speech.placeholders().isEmpty()) {
            Map<PlaceholderKind, Long> kinds = speech.placeholders().stream()
                    .collect(Collectors.groupingBy(Placeholder::kind, () -> new EnumMap<>(PlaceholderKind.class),
                            Collectors.counting()));
            out.println("Placeholders (" + speech.placeholders().size() + ": " + kinds.entrySet().stream()
                    .map(e -> e.getValue() + " " + e.getKey().name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", ")) + "):");
            speech.placeholders().forEach(p -> out.println("  " + p.kind().name().toLowerCase(Locale.ROOT)
                    + (p.subject() == null ? "" : " of " + p.subject()) + ": …" + p.context() + "…"));
        }
        list("Assignments", speech.assignments(), a -> a.department() + ": " + a.text());
        list("Keywords", keywords, k -> k.word() + " ×" + k.count());
    }

    private void item(Item item) {
        String indent = "  ".repeat(item.level() - 1);
        String marker = switch (item.level()) {
            case 2 -> "（" + item.number() + "）";
            case 3 -> item.number() + ".";
            default -> "（" + item.number() + "）";
        };
        out.println(indent + marker + item.heading() + "  [" + paragraphs(item.paragraphs()) + "]");
        item.children().forEach(this::item);
    }

    private <T> void list(String label, List<T> values, Function<T, String> format) {
        if (values.isEmpty()) {
            return;
        }
        out.println(label + " (" + values.size() + "):");
        values.forEach(v -> out.println("  " + format.apply(v)));
    }

    private static String paragraphs(List<Paragraph> paragraphs) {
        int sentences = paragraphs.stream().mapToInt(p -> p.sentences().size()).sum();
        return paragraphs.size() + " paragraph" + (paragraphs.size() == 1 ? "" : "s") + ", " + sentences + " sentence"
                + (sentences == 1 ? "" : "s");
    }

    private static int countItems(Speech speech) {
        return speech.sections().stream().mapToInt(s -> s.items().stream().mapToInt(SpeechOutline::countItems).sum()).sum();
    }

    private static int countItems(Item item) {
        return 1 + item.children().stream().mapToInt(SpeechOutline::countItems).sum();
    }
}

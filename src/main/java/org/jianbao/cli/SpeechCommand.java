package org.jianbao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.jianbao.speech.Assignment;
import org.jianbao.speech.Item;
import org.jianbao.speech.Keyword;
import org.jianbao.speech.Paragraph;
import org.jianbao.speech.Placeholder;
import org.jianbao.speech.PlenumReference;
import org.jianbao.speech.Quote;
import org.jianbao.speech.Section;
import org.jianbao.speech.Speech;
import org.jianbao.speech.SpeechAnalyser;
import org.jianbao.speech.SpeechInputException;
import org.jianbao.speech.SpeechKeywords;
import org.jianbao.speech.SpeechOutline;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** {@code jianbao speech FILE [--json]}: shows what the analyser understood of a speech. */
@Command(name = "speech", mixinStandardHelpOptions = true,
        description = {"Analyses a speech (.txt in UTF-8/GBK/GB18030/UTF-16, or .docx) and prints its outline:",
                "title, sections and items, quotes, years, plenums, placeholders (×), assignments and keywords."})
public class SpeechCommand implements Callable<Integer> {

    /** Built when JSON is asked for: the outline should not pay for Jackson's start-up. */
    private static final class Json {
        static final JsonMapper MAPPER = JsonMapper.builder()
                .enable(SerializationFeature.INDENT_OUTPUT)
                // Field order as documented (record order), not alphabetical.
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .build();
    }

    private final SpeechAnalyser analyser = new SpeechAnalyser();
    private final SpeechKeywords keywords = new SpeechKeywords();

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The speech: .txt (encoding detected) or .docx.")
    Path file;

    @Option(names = "--json", description = "Print the analysis as JSON instead of an outline.")
    boolean json;

    @Option(names = "--keywords", paramLabel = "N", defaultValue = "10",
            description = "How many keywords to list (0: none). Default: ${DEFAULT-VALUE}.")
    int keywordCount;

    @Override
    public Integer call() {
        Speech speech;
        try {
            speech = analyser.analyse(file);
        } catch (SpeechInputException e) {
            throw new UserInputException(e.getMessage(), e);
        }
        if (keywordCount < 0) {
            throw new UserInputException("--keywords: must be 0 or more, not " + keywordCount);
        }
        List<Keyword> top = keywordCount == 0 ? List.of() : keywords.top(speech, keywordCount);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.MAPPER.writeValueAsString(SpeechJson.of(speech, top)));
        } else {
            new SpeechOutline(out).print(speech, top);
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** The JSON shape: the field names first, more after. */
    record SpeechJson(String title, String subtitle, String date, List<SectionJson> sections, List<String> quotes,
            List<Integer> years, List<PlaceholderJson> placeholders, List<AssignmentJson> assignments,
            List<ParagraphJson> preamble, List<PlenumReference> plenums, List<Quote> quoteSentences,
            List<Keyword> keywords) {

        static SpeechJson of(Speech s, List<Keyword> keywords) {
            return new SpeechJson(s.title(), s.subtitle(), s.date(),
                    s.sections().stream().map(SectionJson::of).toList(),
                    s.quotes().stream().map(Quote::text).toList(),
                    s.years(),
                    s.placeholders().stream().map(PlaceholderJson::of).toList(),
                    s.assignments().stream().map(AssignmentJson::of).toList(),
                    ParagraphJson.of(s.preamble()), s.plenums(), s.quotes(), keywords);
        }
    }

    record SectionJson(String number, String heading, List<ItemJson> items, List<ParagraphJson> paragraphs) {
        static SectionJson of(Section s) {
            return new SectionJson(s.number(), s.heading(), s.items().stream().map(ItemJson::of).toList(),
                    ParagraphJson.of(s.paragraphs()));
        }
    }

    record ItemJson(String number, String heading, int level, List<ParagraphJson> paragraphs, List<ItemJson> items) {
        static ItemJson of(Item i) {
            return new ItemJson(i.number(), i.heading(), i.level(), ParagraphJson.of(i.paragraphs()),
                    i.children().stream().map(ItemJson::of).toList());
        }
    }

    record ParagraphJson(String text, List<String> sentences, List<String> points) {
        static List<ParagraphJson> of(List<Paragraph> paragraphs) {
            return paragraphs.stream().map(p -> new ParagraphJson(p.text(), p.sentences(), p.points())).toList();
        }
    }

    record PlaceholderJson(String text, String kind, String context, String subject, String sentence, int offset) {
        static PlaceholderJson of(Placeholder p) {
            return new PlaceholderJson(p.text(), p.kind().name().toLowerCase(Locale.ROOT), p.context(), p.subject(),
                    p.sentence(), p.offset());
        }
    }

    record AssignmentJson(String department, String text, String section, String item) {
        static AssignmentJson of(Assignment a) {
            return new AssignmentJson(a.department(), a.text(), a.section(), a.item());
        }
    }
}

package org.jianbao.speech;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Formulations in “…” (also 「…」, 『…』 and straight quotes): distinct, in order of first appearance. */
final class QuoteFinder {

    private QuoteFinder() {
    }

    static List<Quote> find(List<Passage> passages) {
        Map<String, Quote> quotes = new LinkedHashMap<>();
        for (Passage passage : passages) {
            for (Brackets.Span span : passage.brackets().quotes()) {
                String text = Lines.trim(passage.text().substring(span.open() + 1, span.close()));
                if (!text.isEmpty() && !quotes.containsKey(text)) {
                    quotes.put(text, new Quote(text, passage.sentenceAt(span.open()).text()));
                }
            }
        }
        return List.copyOf(quotes.values());
    }
}

package org.jianbao.template;

import java.util.List;

/**
 * A compiled part is a list of nodes: fixed XML between the tags, and the tags themselves. Filling walks the
 * list once, so a fill costs time linear in the output.
 */
sealed interface Node {

    /** Template XML copied to the output as is. */
    record Literal(String xml) implements Node {
    }

    /**
     * A value tag, rendered as one run with the formatting of the run where its {@code {{} stood.
     *
     * @param runOpen the run's start tag and its {@code w:rPr}
     * @param prefix  the WordprocessingML namespace prefix of the part (nearly always {@code w})
     */
    record Value(TagSpec spec, TagLocation location, String runOpen, String runClose, String prefix) implements Node {
    }

    /** A picture or chart: a placeholder run that is replaced once POI holds the filled document. */
    record Media(TagSpec spec, TagLocation location, String runOpen, String runClose, String prefix) implements Node {
    }

    /** {@code {{?x}}…{{/x}}} or, inverted, {@code {{^x}}…{{/x}}}; the body is paragraphs, a row or runs. */
    record Section(TagSpec spec, TagLocation location, boolean inverted, List<Node> body) implements Node {
        public Section {
            body = List.copyOf(body);
        }
    }
}

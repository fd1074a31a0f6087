package org.jianbao.speech;

import java.util.List;

/**
 * One paragraph of the speech.
 *
 * @param text      the paragraph as written (trimmed)
 * @param sentences split on 。！？； outside quotes, each with its closing mark
 * @param points    inline enumerations {@code 一是…二是…} or {@code 一方面…另一方面…}, empty when none
 */
public record Paragraph(String text, List<String> sentences, List<String> points) {

    public Paragraph {
        sentences = List.copyOf(sentences);
        points = List.copyOf(points);
    }
}

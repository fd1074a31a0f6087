package org.jianbao.speech;

import java.util.List;

/**
 * A level-1 part of the speech.
 *
 * @param number     the Chinese numeral of its marker ({@code 一} for {@code 一、} or {@code 第一，})
 * @param heading    the heading without its marker
 * @param paragraphs paragraphs before the first item
 * @param items      level-2 items ({@code （一）})
 */
public record Section(String number, String heading, List<Paragraph> paragraphs, List<Item> items) {

    public Section {
        paragraphs = List.copyOf(paragraphs);
        items = List.copyOf(items);
    }
}

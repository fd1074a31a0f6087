package org.jianbao.speech;

import java.util.List;

/**
 * A numbered item below a section: level 2 ({@code （一）}), 3 ({@code 1.}) or 4 ({@code （1）}).
 *
 * @param level      2, 3 or 4
 * @param number     the marker's number as written ({@code 一}, {@code 1})
 * @param heading    for a run-in item ({@code （一）经济运行。×区是…}) the text up to the first 。
 * @param paragraphs the item's body, the run-in rest first
 * @param children   items one level deeper
 */
public record Item(int level, String number, String heading, List<Paragraph> paragraphs, List<Item> children) {

    public Item {
        paragraphs = List.copyOf(paragraphs);
        children = List.copyOf(children);
    }
}

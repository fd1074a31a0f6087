package org.jianbao.speech;

import java.util.List;

/**
 * A speech parsed into structure. Everything here is the speech's own text: nothing is rewritten,
 * so documents built from it contain only the speaker's words.
 *
 * @param title        the first heading-like line (counted once when repeated on the next line)
 * @param subtitle     a line starting with {@code ——}, or null
 * @param date         a date line such as {@code （2024年9月12日）} without its brackets, or null
 * @param preamble     paragraphs before the first section
 * @param sections     level-1 parts ({@code 一、}, {@code 第一，})
 * @param quotes       every formulation in “…”, distinct, in order of first appearance
 * @param years        four-digit years followed by 年, distinct, in order
 * @param plenums      references to plenary sessions (十一届三中全会)
 * @param placeholders the × marks where a number or a name belongs
 * @param assignments  tasks given to a department, one per department and sentence
 */
public record Speech(
        String title,
        String subtitle,
        String date,
        List<Paragraph> preamble,
        List<Section> sections,
        List<Quote> quotes,
        List<Integer> years,
        List<PlenumReference> plenums,
        List<Placeholder> placeholders,
        List<Assignment> assignments) {

    public Speech {
        preamble = List.copyOf(preamble);
        sections = List.copyOf(sections);
        quotes = List.copyOf(quotes);
        years = List.copyOf(years);
        plenums = List.copyOf(plenums);
        placeholders = List.copyOf(placeholders);
        assignments = List.copyOf(assignments);
    }
}

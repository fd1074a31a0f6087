package org.jianbao.speech;

import java.util.List;

/**
 * A stretch of the speech's text with where it stands: the unit the finders (quotes, years,
 * placeholders, assignments) read, so they never re-parse the outline.
 *
 * @param role      what the text is
 * @param text      the text (a heading without its marker, or a paragraph)
 * @param offset    offset of {@code text} in the normalised text
 * @param section   the heading of the section it stands in, or null
 * @param item      the heading of the innermost item it stands in, or null
 * @param brackets  its quotation marks and brackets
 * @param sentences its sentences
 */
record Passage(Role role, String text, int offset, String section, String item, Brackets brackets,
        List<Sentences.Sentence> sentences) {

    enum Role { TITLE, SUBTITLE, HEADING, BODY }

    static Passage of(Role role, String text, int offset, String section, String item) {
        Brackets brackets = Brackets.of(text);
        return new Passage(role, text, offset, section, item, brackets, Sentences.split(brackets));
    }

    /** The sentence around {@code index} (an index into {@link #text}). */
    Sentences.Sentence sentenceAt(int index) {
        int low = 0;
        int high = sentences.size() - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (sentences.get(mid).start() <= index) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found >= 0 ? sentences.get(found) : new Sentences.Sentence(text, 0, text.length());
    }
}

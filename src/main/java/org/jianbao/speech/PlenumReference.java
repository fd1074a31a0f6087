package org.jianbao.speech;

/**
 * A plenary session the speech cites, e.g. {@code 1978年的十一届三中全会}.
 *
 * @param name     as written, normalised to the full form ({@code 十一届三中全会})
 * @param session  the Party congress (11)
 * @param plenum   the plenary session of that congress (3)
 * @param year     the year the sentence gives, or null
 * @param sentence the sentence that cites it, verbatim
 */
public record PlenumReference(String name, int session, int plenum, Integer year, String sentence) {
}

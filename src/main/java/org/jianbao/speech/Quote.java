package org.jianbao.speech;

/**
 * A formulation the speech puts in “…”.
 *
 * @param text     the quoted words, trimmed, without the quotation marks
 * @param sentence the sentence it first stands in, verbatim
 */
public record Quote(String text, String sentence) {
}

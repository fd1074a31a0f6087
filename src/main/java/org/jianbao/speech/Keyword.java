package org.jianbao.speech;

/**
 * A word or phrase the speech uses often.
 *
 * @param word  the word ({@code 改革}) or a phrase of up to three words ({@code 全面深化改革})
 * @param count how often it occurs
 */
public record Keyword(String word, int count) {
}

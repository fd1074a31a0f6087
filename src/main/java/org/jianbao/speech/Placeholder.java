package org.jianbao.speech;

/**
 * A mark ({@code ×}, {@code X}, {@code xx}…) standing where a number or a name belongs.
 *
 * @param text     the mark as written
 * @param kind     what it most likely stands for
 * @param context  a few characters either side, for a reader to recognise the place
 * @param sentence the sentence it stands in, verbatim
 * @param subject  the indicator or thing it measures when the sentence names one
 *                 ({@code 地区生产总值} for {@code 地区生产总值完成×亿元，增速×%}), else null
 * @param offset   character offset of the mark in the speech's normalised text
 */
public record Placeholder(String text, PlaceholderKind kind, String context, String sentence, String subject, int offset) {

    /**
     * Whether the mark at {@code text[start, end)} is a placeholder by the analyser's rules — so that code
     * filling a sentence skips what the analyser skipped ({@code 党的XX大}, {@code X光}, {@code 3×4}).
     */
    public static boolean standsAt(String text, int start, int end) {
        return PlaceholderFinder.isPlaceholder(text, start, end);
    }
}

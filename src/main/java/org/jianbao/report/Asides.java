package org.jianbao.report;

import java.util.regex.Pattern;

/**
 * The speaker's oral asides, which a document quoting the speech leaves out: sentences about the speaker himself
 * or the room ({@code 我说}, {@code 我一直说}, {@code 大家}, {@code 刚才}), anecdotes ({@code 前两天我去调研},
 * {@code 一个企业…给我们…}) and hedges ({@code 要不}, {@code 等等}, {@code 愣是}). A rule on the words, not a list of
 * this speech's sentences.
 */
final class Asides {

    private static final Pattern ORAL = Pattern.compile(
            "我说|我一直|我去|我们前|大家|同志们|刚才|前两天|等等|愣是|要不|给我们|实践证明我们|这是我|我觉得|我看|我想");

    private Asides() {
    }

    static boolean isAside(String sentence) {
        return sentence == null || ORAL.matcher(sentence).find();
    }
}

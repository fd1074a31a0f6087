package org.jianbao.report;

import java.util.regex.Pattern;

/**
 * Recognises the sentences that carry a requirement: 要…, 必须…, 坚持…, 力争…, 确保…. The modal 要 is told apart
 * from 要 inside words (重要, 主要, 需要, 要求, 要素…) and from the colloquial 要不.
 */
final class Requirements {

    private static final Pattern REQUIREMENT = Pattern.compile(
            "必须|坚持|力争|确保|(?<![重主需紧首只摘纲提扼简次想])要(?![求点素闻件害不是])");

    private Requirements() {
    }

    static boolean isRequirement(String sentence) {
        return REQUIREMENT.matcher(sentence).find();
    }
}

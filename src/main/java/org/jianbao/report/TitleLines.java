package org.jianbao.report;

import java.util.List;

import org.jianbao.speech.WordBoundaries;

/**
 * A long title broken into balanced lines between words (GB/T 9704 7.3.3: 回行时，要做到词意完整，排列对称).
 */
final class TitleLines {

    /** Characters of 2号 小标宋 on a line of the text block (156 mm at 22 pt). */
    static final int LINE = 20;

    private TitleLines() {
    }

    /** One line when it fits; else two, at the word boundary nearest the middle, the first line not the shorter. */
    static List<String> of(String title) {
        if (title.length() <= LINE) {
            return List.of(title);
        }
        int best = -1;
        double bestScore = Double.MAX_VALUE;
        for (int at : WordBoundaries.of(title)) {
            int first = at;
            int second = title.length() - at;
            if (first > LINE || second > LINE) {
                continue;
            }
            // balanced first; on a tie the longer first line (an inverted trapezoid, as titles are usually set)
            double score = Math.abs(first - second) + (first < second ? 0.5 : 0);
            if (score < bestScore) {
                best = at;
                bestScore = score;
            }
        }
        if (best < 0) {
            best = title.length() / 2;
        }
        return List.of(title.substring(0, best), title.substring(best));
    }
}

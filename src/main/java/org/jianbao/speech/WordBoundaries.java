package org.jianbao.speech;

import java.util.ArrayList;
import java.util.List;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;

/**
 * Where a line of Chinese may break without splitting a word (GB/T 9704 7.3.3: a title breaks 词意完整), found with
 * HanLP's standard segmenter. Thread-safe; the dictionary loads on first use.
 */
public final class WordBoundaries {

    private WordBoundaries() {
    }

    /** The offsets between words, from 1 to {@code text.length() - 1}, ascending. */
    public static List<Integer> of(String text) {
        List<Integer> out = new ArrayList<>();
        int at = 0;
        for (Term term : HanLP.segment(text)) {
            at += term.word.length();
            if (at > 0 && at < text.length()) {
                out.add(at);
            }
        }
        return out;
    }
}

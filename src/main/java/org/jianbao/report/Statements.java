package org.jianbao.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What kind of statement a sentence of the speech is, by rule: one that defines or characterises (X是…的…, 具有…意义,
 * 关键是…), one that quotes a formulation, and how to print it whole.
 */
final class Statements {

    private static final Pattern CHARACTERISES = Pattern.compile(
            "是[^，,。；;！？]{1,30}的|具有[^。；;]{0,20}(意义|作用|地位)|起到了?[^。；;]{0,8}作用|(关键|核心|根本|重点)是|纲领性|基础性|战略性");
    /** What a statement of the Party's line refers to: the plenum, its 《决定》, the central leadership. */
    private static final Pattern PARTY_LINE = Pattern.compile("全会|《|总目标|党中央|中央");
    private static final Pattern QUOTE = Pattern.compile("“([^”]{4,})”");
    /** A bracketed remark holding a sentence of its own: the speaker's aside, e.g. （新的机构改革是从18年开始…。）. */
    private static final Pattern BRACKETED_ASIDE = Pattern.compile("[（(][^（()）]*[。！？][^（()）]*[)）]");
    /** A sentence longer than this that the analyser cut at 「；」 is printed up to its formulation only. */
    static final int LONG_SENTENCE = 80;

    private Statements() {
    }

    static boolean characterises(String sentence) {
        return CHARACTERISES.matcher(sentence).find();
    }

    static boolean hasFormulation(String sentence) {
        return QUOTE.matcher(sentence).find();
    }

    /** The first formulation of four characters or more the sentence quotes, without its marks. */
    static java.util.Optional<String> firstFormulation(String sentence) {
        Matcher m = QUOTE.matcher(sentence);
        return m.find() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
    }

    /** A sentence worth the 摘编: it quotes a formulation (four characters or more), or states the Party's line. */
    static boolean isExcerpt(String sentence) {
        if (Asides.isAside(sentence)) {
            return false;
        }
        return hasFormulation(sentence) || (characterises(sentence) && PARTY_LINE.matcher(sentence).find());
    }

    /**
     * The sentence as a whole thought: bracketed asides removed; a part the analyser cut at 「；」 ends with 「。」, and
     * when it is long, ends after its last formulation (so a transcription slip after it is not printed).
     */
    static String whole(String sentence) {
        String s = BRACKETED_ASIDE.matcher(sentence).replaceAll("").strip();
        if (s.endsWith("；") || s.endsWith(";")) {
            s = s.substring(0, s.length() - 1);
            int quoteEnd = s.lastIndexOf('”');
            if (s.length() > LONG_SENTENCE && quoteEnd > 0) {
                Matcher next = Pattern.compile("[，,；;]").matcher(s);
                if (next.find(quoteEnd)) {
                    s = s.substring(0, next.start());
                }
            }
            s = s + "。";
        }
        return s;
    }
}

package org.jianbao.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of Party meetings as the Party writes them. A speech transcribed in a hurry writes {@code 二十届三中会} for
 * {@code 二十届三中全会} and {@code 党的XX大} for a congress it did not spell out; text the program generates
 * (headings, table cells, questions) carries the canonical name and every correction is reported, while
 * quotations of the speech stay verbatim.
 */
final class PartyNames {

    /** {@code 十九届三中会} (not followed by 全会): the 全 of 全会 dropped. */
    private static final Pattern PLENUM_WITHOUT_QUAN = Pattern.compile("([一二三四五六七八九十]{1,3}届[一二三四五六七八九]中)会");
    /** {@code 党的XX大}: the congress's number left as a placeholder. */
    private static final Pattern CONGRESS_PLACEHOLDER = Pattern.compile("党的[×XxＸ]{1,2}大");

    record Corrected(String text, List<String> corrections) {
    }

    private PartyNames() {
    }

    /**
     * @param congress the congress the context fixes (the one of the plenum the speech is about, e.g. 二十), or
     *                 null when nothing fixes it: {@code 党的XX大} is then left alone
     */
    static Corrected canonical(String text, String congress) {
        if (text == null) {
            return new Corrected(null, List.of());
        }
        List<String> corrections = new ArrayList<>();
        Matcher m = PLENUM_WITHOUT_QUAN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String right = m.group(1) + "全会";
            corrections.add("“" + m.group() + "”按规范写作“" + right + "”");
            m.appendReplacement(out, Matcher.quoteReplacement(right));
        }
        m.appendTail(out);
        String s = out.toString();
        if (congress != null) {
            Matcher c = CONGRESS_PLACEHOLDER.matcher(s);
            StringBuilder out2 = new StringBuilder();
            while (c.find()) {
                String right = "党的" + congress + "大";
                corrections.add("“" + c.group() + "”按规范写作“" + right + "”");
                c.appendReplacement(out2, Matcher.quoteReplacement(right));
            }
            c.appendTail(out2);
            s = out2.toString();
        }
        return new Corrected(s, corrections);
    }
}

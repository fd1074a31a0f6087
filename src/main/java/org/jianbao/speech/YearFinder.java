package org.jianbao.speech;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Years ({@code 1978年}, {@code 2021—2025年} gives both, {@code 二〇二四年}) and plenary sessions
 * ({@code 十一届三中全会}, also the clipped {@code 十九届三中会}).
 */
final class YearFinder {

    /** Four digits not part of a longer number or a decimal, then 年 — or the first year of a range. */
    private static final Pattern YEAR = Pattern.compile(
            "(?=[0-9〇零一二三四五六七八九])(?:(?<![0-9.．])([0-9]{4})(?=\\s*(?:年|[-—–~～至到]{1,2}\\s*[0-9]{4}\\s*年))|(?<![〇零一二三四五六七八九十])([〇零一二三四五六七八九]{4})(?=年))");
    /** {@code 十一届三中全会}, the clipped {@code 十九届三中会}, and lists: {@code 十九届二中、三中、四中全会}. */
    private static final Pattern PLENUM = Pattern.compile(
            "(?=[一二三四五六七八九十])([一二三四五六七八九十]{1,3})届((?:[一二三四五六七八九十]{1,2}中[、，,和及与]?)+)(?:全会|会)");
    private static final Pattern PLENUM_NUMBER = Pattern.compile("([一二三四五六七八九十]{1,2})中");
    private static final int MIN_YEAR = 1000;
    private static final int MAX_YEAR = 2199;
    /** How far from the plenum a year may stand and still be its year. */
    private static final int YEAR_REACH = 20;

    private YearFinder() {
    }

    private record YearAt(int year, int start, int end) {
    }

    static List<Integer> years(List<Passage> passages) {
        Set<Integer> years = new LinkedHashSet<>();
        for (Passage passage : passages) {
            if (passage.text().indexOf('年') < 0) {
                continue; // most paragraphs: skip the regular expression
            }
            yearsIn(passage.text(), 0, passage.text().length()).forEach(y -> years.add(y.year()));
        }
        return List.copyOf(years);
    }

    private static List<YearAt> yearsIn(String text, int from, int to) {
        List<YearAt> years = new ArrayList<>();
        Matcher m = YEAR.matcher(text).region(from, to);
        while (m.find()) {
            int year = m.group(1) != null ? Integer.parseInt(m.group(1)) : org.jianbao.text.ChineseNumerals.digitsValue(m.group(2));
            if (year >= MIN_YEAR && year <= MAX_YEAR) {
                years.add(new YearAt(year, m.start(), m.end()));
            }
        }
        return years;
    }

    /** One reference per plenum, in order; the first mention that gives a year wins, else the first. */
    static List<PlenumReference> plenums(List<Passage> passages) {
        Map<String, PlenumReference> plenums = new LinkedHashMap<>();
        for (Passage passage : passages) {
            if (passage.text().indexOf('届') < 0) {
                continue;
            }
            Matcher m = PLENUM.matcher(passage.text());
            while (m.find()) {
                int session = org.jianbao.text.ChineseNumerals.value(m.group(1));
                if (session < 1) {
                    continue;
                }
                Sentences.Sentence sentence = passage.sentenceAt(m.start());
                Matcher numbers = PLENUM_NUMBER.matcher(m.group(2));
                boolean single = m.group(2).indexOf('中') == m.group(2).lastIndexOf('中');
                // A year belongs to a single plenum; in a list (二中、三中全会) it cannot be told whose it is.
                Integer year = single ? nearestYear(passage.text(), sentence, m.start(), m.end()) : null;
                while (numbers.find()) {
                    int plenum = org.jianbao.text.ChineseNumerals.value(numbers.group(1));
                    if (plenum < 1) {
                        continue;
                    }
                    String name = m.group(1) + "届" + numbers.group(1) + "中全会";
                    PlenumReference known = plenums.get(name);
                    if (known == null || (known.year() == null && year != null)) {
                        plenums.put(name, new PlenumReference(name, session, plenum, year, sentence.text()));
                    }
                }
            }
        }
        return List.copyOf(plenums.values());
    }

    private static Integer nearestYear(String text, Sentences.Sentence sentence, int start, int end) {
        Integer best = null;
        int bestDistance = YEAR_REACH + 1;
        for (YearAt year : yearsIn(text, sentence.start(), sentence.end())) {
            // A year before the name ("1978年的十一届…") is the usual form; after it ("（1978年）") the rarer one.
            int distance = year.end() <= start ? start - year.end() : year.start() - end + 1;
            if (distance >= 0 && distance < bestDistance) {
                best = year.year();
                bestDistance = distance;
            }
        }
        return best;
    }
}

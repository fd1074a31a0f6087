package org.jianbao.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inline enumerations: {@code 一是…二是…三是…}, {@code 一要…二要…}, {@code 其一…其二…},
 * {@code 一方面…另一方面…}, {@code 首先…其次…最后，…}. A marker counts only at the start of a clause and only in sequence (一, then 二…),
 * so {@code 统一是} or a stray {@code 二是} is not a point. A paragraph that opens with a marker is a point
 * even alone: its list goes on in the next paragraph.
 */
final class Points {

    private static final Pattern MARKER = Pattern.compile(
            "(?=[一二三四五六七八九十其另首再最])(?<=^|[，,。；;：:！!？?\\s（(])(?:([一二三四五六七八九十]{1,2})(是|要|则)"
                    + "|其([一二三四五六七八九十]{1,2})(?=[，,、是])|(另)?一方面|(首先|其次|再次|最后(?=[，,、：:])))");

    private Points() {
    }

    static List<String> find(String text) {
        Matcher m = MARKER.matcher(text);
        List<Integer> starts = new ArrayList<>();
        String kind = null;
        int expected = 1;
        while (m.find()) {
            String thisKind;
            int number;
            if (m.group(1) != null) {
                thisKind = m.group(2);
                number = org.jianbao.text.ChineseNumerals.value(m.group(1));
            } else if (m.group(3) != null) {
                thisKind = "其";
                number = org.jianbao.text.ChineseNumerals.value(m.group(3));
            } else if (m.group(5) != null) {
                thisKind = "首先";
                number = switch (m.group(5)) {
                    case "首先" -> 1;
                    case "其次" -> 2;
                    case "再次" -> 3;
                    default -> starts.isEmpty() ? -1 : expected; // 最后 closes any list, never opens one
                };
            } else {
                thisKind = "方面";
                number = m.group(4) == null ? 1 : 2;
            }
            if (number == 1 && starts.isEmpty()) {
                kind = thisKind;
                starts.add(m.start());
                expected = 2;
            } else if (thisKind.equals(kind) && number == expected) {
                starts.add(m.start());
                expected++;
            } else if (starts.isEmpty() && m.start() == 0 && number > 1) {
                // 二是… opening a paragraph: the list began in the paragraph before.
                kind = thisKind;
                starts.add(0);
                expected = number + 1;
            }
        }
        boolean opensWithMarker = !starts.isEmpty() && starts.get(0) == 0;
        if (starts.size() < 2 && !opensWithMarker) {
            return List.of();
        }
        List<String> points = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : text.length();
            String point = Lines.trim(text.substring(starts.get(i), end));
            while (!point.isEmpty() && "，,；;、".indexOf(point.charAt(point.length() - 1)) >= 0) {
                point = Lines.trim(point.substring(0, point.length() - 1));
            }
            if (!point.isEmpty()) {
                points.add(point);
            }
        }
        return points;
    }
}

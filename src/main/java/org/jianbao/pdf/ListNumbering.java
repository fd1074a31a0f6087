package org.jianbao.pdf;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jianbao.text.ChineseNumerals;
import org.w3c.dom.Element;

/**
 * Word's automatic list numbering (numbering.xml): the {@code 1.}, {@code （一）}, {@code 一、}, {@code ①} or bullet
 * that the reader sees before a paragraph with {@code w:numPr}, counted in document order as Word does: one set of
 * counters per abstract list (instances of it continue each other's numbering), a level restarting when a
 * higher level comes, {@code lvlOverride/startOverride} restarting an instance, {@code isLgl} forcing Arabic
 * numbers. One instance per render (the counters are state).
 */
final class ListNumbering {

    /** The marker of one paragraph: its text, run properties and what follows it. */
    record Marker(String text, Element lvl, String suffix) {
    }

    private final Map<String, Element> abstracts = new HashMap<>();
    private final Map<String, Element> nums = new HashMap<>();
    private final Map<String, int[]> counters = new HashMap<>();
    private final Set<String> restarted = new HashSet<>();
    private final List<String> warnings;

    /** @param definitions the w:abstractNum and w:num elements of numbering.xml */
    ListNumbering(List<Element> definitions, List<String> warnings) {
        this.warnings = warnings;
        for (Element e : definitions) {
            String id = switch (e.getLocalName()) {
                case "abstractNum" -> Wml.attr(e, "abstractNumId");
                case "num" -> Wml.attr(e, "numId");
                default -> null;
            };
            if (id != null) {
                ("num".equals(e.getLocalName()) ? nums : abstracts).put(id, e);
            }
        }
    }

    /** The numbering level element (w:lvl) a paragraph's numId/ilvl names, or null. */
    Element level(String numId, int ilvl) {
        Element num = nums.get(numId);
        if (num == null) {
            return null;
        }
        for (Element o : Wml.children(num, "lvlOverride")) {
            if (Integer.valueOf(ilvl).equals(Wml.intAttr(o, "ilvl")) && Wml.child(o, "lvl") != null) {
                return Wml.child(o, "lvl");
            }
        }
        Element abs = abstractOf(num);
        return abs == null ? null : levelOf(abs, ilvl);
    }

    private Element abstractOf(Element num) {
        Element abs = abstracts.get(Wml.attr(Wml.child(num, "abstractNumId"), "val"));
        // numStyleLink: the list's definition is in the abstract list that styleLink's the same style
        String link = abs == null ? null : Wml.attr(Wml.child(abs, "numStyleLink"), "val");
        if (link != null) {
            for (Element a : abstracts.values()) {
                if (link.equals(Wml.attr(Wml.child(a, "styleLink"), "val"))) {
                    return a;
                }
            }
        }
        return abs;
    }

    private static Element levelOf(Element abs, int ilvl) {
        for (Element l : Wml.children(abs, "lvl")) {
            Integer i = Wml.intAttr(l, "ilvl");
            if (i != null && i == ilvl) {
                return l;
            }
        }
        return null;
    }

    /** Counts the paragraph and returns its marker; null when the paragraph is not numbered (numId 0, none). */
    Marker next(String numId, int ilvl) {
        if (numId == null || "0".equals(numId)) {
            return null;
        }
        Element num = nums.get(numId);
        Element abs = num == null ? null : abstractOf(num);
        if (abs == null) {
            warn("a numbered paragraph refers to list " + numId + ", which numbering.xml does not define: no number drawn");
            return null;
        }
        ilvl = Math.max(0, Math.min(8, ilvl));
        Element lvl = level(numId, ilvl);
        if (lvl == null) {
            return null;
        }
        String key = Wml.attr(abs, "abstractNumId");
        int[] count = counters.computeIfAbsent(key, k -> new int[9]);
        boolean[] started = startedOf(key);
        // an instance that overrides a level's start restarts the list there, once, when first used
        if (restarted.add(numId)) {
            for (Element o : Wml.children(num, "lvlOverride")) {
                Integer ol = Wml.intAttr(o, "ilvl");
                Integer start = Wml.intAttr(Wml.child(o, "startOverride"), "val");
                if (ol != null && ol >= 0 && ol < 9 && start != null) {
                    count[ol] = start - 1;
                    started[ol] = true;
                }
            }
        }
        for (int l = 0; l <= ilvl; l++) {
            if (!started[l]) {
                count[l] = start(levelOrAbstract(numId, abs, l)) - (l == ilvl ? 1 : 0);
                started[l] = true;
            }
        }
        count[ilvl]++;
        for (int l = ilvl + 1; l < 9; l++) {
            // a lower level restarts after a higher one unless its lvlRestart says otherwise (0: never)
            Element lower = levelOrAbstract(numId, abs, l);
            Integer restart = lower == null ? null : Wml.intAttr(Wml.child(lower, "lvlRestart"), "val");
            if (restart == null || restart != 0 && ilvl + 1 <= restart) {
                started[l] = false;
            }
        }
        String format = Wml.attr(Wml.child(lvl, "numFmt"), "val");
        String text = Wml.attr(Wml.child(lvl, "lvlText"), "val");
        if ("none".equals(format) || text == null) {
            return new Marker("", lvl, suffix(lvl));
        }
        boolean legal = Wml.child(lvl, "isLgl") != null && Wml.onOff(Wml.child(lvl, "isLgl"));
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 1 < text.length() && text.charAt(i + 1) >= '1' && text.charAt(i + 1) <= '9') {
                int l = text.charAt(++i) - '1';
                Element ref = levelOrAbstract(numId, abs, l);
                String fmt = legal ? "decimal" : Wml.attr(Wml.child(ref, "numFmt"), "val");
                s.append(format(Math.max(0, count[l]), fmt));
            } else {
                s.append(c);
            }
        }
        return new Marker(s.toString(), lvl, suffix(lvl));
    }

    private final Map<String, boolean[]> startedByList = new HashMap<>();

    private boolean[] startedOf(String key) {
        return startedByList.computeIfAbsent(key, k -> new boolean[9]);
    }

    private Element levelOrAbstract(String numId, Element abs, int l) {
        Element lvl = level(numId, l);
        return lvl != null ? lvl : levelOf(abs, l);
    }

    private static int start(Element lvl) {
        Integer s = lvl == null ? null : Wml.intAttr(Wml.child(lvl, "start"), "val");
        return s == null ? 1 : s;
    }

    private static String suffix(Element lvl) {
        String suff = Wml.attr(Wml.child(lvl, "suff"), "val");
        return suff == null ? "tab" : suff;
    }

    private static final String CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
    private static final String TIANGAN = "甲乙丙丁戊己庚辛壬癸";
    private static final String DIZHI = "子丑寅卯辰巳午未申酉戌亥";
    private static final String LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖";

    String format(int n, String fmt) {
        if (fmt == null) {
            return Integer.toString(n);
        }
        return switch (fmt) {
            case "decimal", "decimalHalfWidth", "ordinal", "cardinalText", "ordinalText" -> Integer.toString(n);
            case "decimalZero" -> n < 10 ? "0" + n : Integer.toString(n);
            case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(Integer.toString(n));
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle" ->
                    n >= 1 && n <= 20 ? String.valueOf(CIRCLED.charAt(n - 1)) : Integer.toString(n);
            case "decimalEnclosedParen" -> "(" + n + ")";
            case "decimalEnclosedFullstop" -> n + ".";
            case "upperRoman" -> roman(n);
            case "lowerRoman" -> roman(n).toLowerCase(Locale.ROOT);
            case "upperLetter" -> letter(n, 'A');
            case "lowerLetter" -> letter(n, 'a');
            case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
                    "taiwaneseCountingThousand", "ideographDigital", "japaneseDigitalTenThousand" ->
                    n <= 0 ? "〇" : fmt.equals("ideographDigital") ? ChineseNumerals.digits(n) : ChineseNumerals.of(n);
            case "chineseLegalSimplified", "ideographLegalTraditional" -> legal(n);
            case "ideographTraditional" -> n >= 1 ? String.valueOf(TIANGAN.charAt((n - 1) % 10)) : "";
            case "ideographZodiac" -> n >= 1 ? String.valueOf(DIZHI.charAt((n - 1) % 12)) : "";
            case "bullet", "none" -> "";
            default -> {
                warn("list numbers in the format " + fmt + " are drawn as 1, 2, 3");
                yield Integer.toString(n);
            }
        };
    }

    private static String fullWidth(String digits) {
        StringBuilder s = new StringBuilder();
        for (char c : digits.toCharArray()) {
            s.append((char) (c - '0' + '０'));
        }
        return s.toString();
    }

    private static String roman(int n) {
        if (n <= 0 || n >= 4000) {
            return Integer.toString(n);
        }
        int[] v = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] r = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            while (n >= v[i]) {
                s.append(r[i]);
                n -= v[i];
            }
        }
        return s.toString();
    }

    /** Word's letters: a … z, then aa … zz, aaa … */
    private static String letter(int n, char base) {
        if (n <= 0) {
            return "";
        }
        char c = (char) (base + (n - 1) % 26);
        return String.valueOf(c).repeat((n - 1) / 26 + 1);
    }

    private static String legal(int n) {
        String plain = ChineseNumerals.of(n);
        StringBuilder s = new StringBuilder();
        for (char c : plain.toCharArray()) {
            int d = "零一二三四五六七八九".indexOf(c);
            s.append(d >= 0 ? LEGAL_DIGITS.charAt(d) : switch (c) {
                case '十' -> '拾';
                case '百' -> '佰';
                case '千' -> '仟';
                default -> c;
            });
        }
        return s.toString();
    }

    private void warn(String message) {
        if (!warnings.contains(message)) {
            warnings.add(message);
        }
    }
}

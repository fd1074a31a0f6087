package org.jianbao.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks ({@code ×}, {@code X}, {@code x}, {@code XX}, {@code ××}…, runs of 1–3) standing where a number
 * or a name belongs, with a guess of what they stand for and the indicator they measure.
 *
 * <p>Not placeholders: a mark inside a Latin word ({@code Xi'an}, {@code box}), {@code 3×4}, runs longer than
 * three, and the ordinal of a congress or a plenum ({@code 党的XX大}, {@code XX届X中全会}): those are
 * numbers the speaker left out of a proper name, not data for the documents to fill in.
 */
final class PlaceholderFinder {

    private static final String MARKS = "×✕╳XxＸｘ";
    private static final int MAX_RUN = 3;
    private static final int CONTEXT = 10;
    /** How far back a clause or an indicator's name is looked for. */
    private static final int REACH = 200;

    private static final Pattern UNIT = Pattern.compile(
            "^(?:亿|万|千|百|元|美元|个|家|项|人|名|户|套|辆|座|所|次|件|台|吨|亩|平方|公顷|公里|千米|米|天|日|小时|周|年|月|季度|批|场|条|处|栋|间|张|份|倍|成|千瓦|兆瓦|度|标箱)");
    private static final Pattern NAME_SUFFIX = Pattern.compile(
            "^(?:区|县|市|省|州|镇|乡|村|街道|社区|园|公司|集团|厂|局|委|办|同志|书记|主任|局长|区长|县长|市长|镇长|乡长|部长|路|街|大道|"
                    + "项目|工程|基地|中心|学校|医院|小区|广场|大厦)");
    private static final Pattern PERCENT = Pattern.compile("^(?:%|％|个百分点|百分点)");
    private static final Pattern GROWTH_WORD = Pattern.compile("增速|增长|增幅|同比|环比|提高|下降|上升|回落|降低|减少|增加|提升|比上年|比去年|增|降|涨");
    private static final Pattern VALUE_VERB = Pattern.compile("(?:完成|实现|达到|达|为|共|累计|新增|引进|招引|总计|合计|约|超|突破|超过|总额|总量)$");
    /** Time, scope and linking words before an indicator's name. */
    private static final Pattern LEADING_NOISE = Pattern.compile(
            "^(?:其中|另外|此外|同时|而且|并且|我们|我区|我县|我市|全区|全县|全市|全省|上半年|下半年|全年|今年以来|今年|去年|前三季度|"
                    + "[一二三四]季度|截至目前|截至[0-9]{1,2}月底?|目前|[0-9]{1,2}\\s*[-—~至到]\\s*[0-9]{1,2}\\s*月份?|[0-9]{1,2}\\s*月份?|"
                    + "[一二三四五六七八九十]{1,2}月份?|[×✕╳XxＸｘ]{1,3}[区县市]|的|新增|实施|引进|招引|新开工|开工|建成|培育|新建|\\s)+");
    /** Where an indicator's name ends: the verb or the measure that follows it. */
    private static final Pattern SUBJECT_END = Pattern.compile(
            "完成|实现|达到|增速|增长|增幅|同比|环比|比上年|比去年|排名|排在|排位|位居|位列|居于|总量|全市|全省|全国|全县|全区|累计|分别|合计|新增|下降|提高|突破|超过|占比");
    /** Single-character verbs, trusted only right before the mark ({@code 总量达×}): inside words they are not verbs. */
    private static final Pattern SUBJECT_END_SHORT = Pattern.compile("[达为共约占居超是第]$");
    private static final Pattern INDICATOR_TAIL = Pattern.compile("[值额入资量数率积口费款业目模润税值]$");
    private static final Pattern NOT_A_SUBJECT = Pattern.compile("[我你他她它要把将了着过吗呢啊，,。；;]|^(?:增速|总量|排名|增长|增幅|占比|比重)$");

    private PlaceholderFinder() {
    }

    private record Mark(int start, int end, PlaceholderKind kind) {
    }

    static List<Placeholder> find(List<Passage> passages) {
        List<Placeholder> placeholders = new ArrayList<>();
        for (Passage passage : passages) {
            String text = passage.text();
            List<Mark> marks = marks(text);
            for (Mark mark : marks) {
                Sentences.Sentence sentence = passage.sentenceAt(mark.start());
                String subject = mark.kind() == PlaceholderKind.NAME ? null : subject(text, sentence, mark, marks);
                String context = text.substring(Math.max(0, mark.start() - CONTEXT), Math.min(text.length(), mark.end() + CONTEXT));
                placeholders.add(new Placeholder(text.substring(mark.start(), mark.end()), mark.kind(), context,
                        sentence.text(), subject, passage.offset() + mark.start()));
            }
        }
        return List.copyOf(placeholders);
    }

    private static List<Mark> marks(String text) {
        List<Mark> marks = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isMark(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && isMark(text.charAt(j))) {
                j++;
            }
            if (isPlaceholder(text, i, j) && j + 1 < n && ".．".indexOf(text.charAt(j)) >= 0 && isMark(text.charAt(j + 1))) {
                // ×.×: one number with a decimal part, one placeholder
                int k = j + 1;
                while (k < n && isMark(text.charAt(k))) {
                    k++;
                }
                if (k - j - 1 <= MAX_RUN && (k >= n || !isLatin(text.charAt(k)))) {
                    marks.add(new Mark(i, k, kind(text, i, k)));
                    i = k;
                    continue;
                }
            }
            if (isPlaceholder(text, i, j)) {
                marks.add(new Mark(i, j, kind(text, i, j)));
            }
            i = j;
        }
        return marks;
    }

    private static boolean isMark(char c) {
        return MARKS.indexOf(c) >= 0;
    }

    static boolean isPlaceholder(String text, int start, int end) {
        char before = start > 0 ? text.charAt(start - 1) : ' ';
        char after = end < text.length() ? text.charAt(end) : ' ';
        if (end - start > MAX_RUN || isLatin(before) || isLatin(after)) {
            return false;
        }
        // 完成 × 亿元: look past spaces for the neighbours.
        int b = start - 1;
        while (b >= 0 && Lines.isSpace(text.charAt(b))) {
            b--;
        }
        int a = end;
        while (a < text.length() && Lines.isSpace(text.charAt(a))) {
            a++;
        }
        if (b < start - 1 || a > end) {
            char spacedBefore = b >= 0 ? text.charAt(b) : ' ';
            char spacedAfter = a < text.length() ? text.charAt(a) : ' ';
            if (isLatin(spacedBefore) || isLatin(spacedAfter)) {
                return false; // "Model X is": a Latin phrase
            }
            before = b < start - 1 ? spacedBefore : before;
            after = a > end ? spacedAfter : after;
        }
        if (Character.isDigit(before) && Character.isDigit(after)) {
            return false; // 3×4: a multiplication
        }
        String rest = text.substring(end, Math.min(text.length(), end + 3));
        if (rest.startsWith("光") || rest.startsWith("射线")) {
            return false; // X光, X射线: words, not marks
        }
        if (rest.startsWith("届") || rest.startsWith("中全会")
                || rest.startsWith("大") && (text.startsWith("党的", Math.max(0, start - 2)) || before == '第')) {
            return false; // 党的XX大, XX届X中全会: the number of a congress, not data
        }
        return fitsNumberOrName(before) || fitsNumberOrName(after);
    }

    private static boolean isLatin(char c) {
        return c < 0x2E80 && Character.isLetter(c);
    }

    private static boolean fitsNumberOrName(char c) {
        return Character.isDigit(c) || c == '%' || c == '％' || Lines.isHan(c) || (c >= 0x3000 && c <= 0x303F)
                || (c >= 0xFF00 && c <= 0xFF0F) || c == '：' || c == '；' || c == '，' || c == '）' || c == '（';
    }

    private static PlaceholderKind kind(String text, int start, int end) {
        String before = clauseBefore(text, start);
        String after = afterNumber(text, end);
        boolean place = after.startsWith("位") || after.startsWith("名") || after.startsWith("强");
        if (before.endsWith("第") || place && (before.endsWith("前") || before.matches(".*(?:排|居|列).*"))) {
            return PlaceholderKind.RANK;
        }
        if (PERCENT.matcher(after).find() || after.startsWith("倍")) {
            Matcher growth = GROWTH_WORD.matcher(before.substring(Math.max(0, before.length() - 8)));
            return growth.find() ? PlaceholderKind.GROWTH : PlaceholderKind.VALUE;
        }
        if (NAME_SUFFIX.matcher(text.substring(end)).find()) {
            return PlaceholderKind.NAME;
        }
        if (UNIT.matcher(after).find() || VALUE_VERB.matcher(before).find()) {
            return PlaceholderKind.VALUE;
        }
        return PlaceholderKind.UNKNOWN;
    }

    /** The clause up to {@code index}, spaces removed at its end. */
    private static String clauseBefore(String text, int index) {
        int start = index;
        while (start > 0 && index - start < REACH && "，,。；;：:！？!?\n".indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        return Lines.trim(text.substring(start, index));
    }

    /** What follows the mark once the rest of the number ({@code ×.×}, {@code ×5}) is skipped. */
    private static String afterNumber(String text, int end) {
        int i = end;
        while (i < text.length() && (isMark(text.charAt(i)) || Character.isDigit(text.charAt(i))
                || ".．".indexOf(text.charAt(i)) >= 0 || Lines.isSpace(text.charAt(i)))) {
            i++;
        }
        return text.substring(i, Math.min(text.length(), i + 6));
    }

    /**
     * The indicator the mark measures: named at the start of its clause ({@code 地区生产总值完成×亿元}), or
     * carried over from an earlier clause of the same sentence ({@code ，增速×%，全市排名第×}).
     */
    private static String subject(String text, Sentences.Sentence sentence, Mark mark, List<Mark> marks) {
        String current = null;
        // Bounded so that a huge text without end marks stays linear.
        int from = Math.max(sentence.start(), mark.start() - REACH);
        int clauseStart = from;
        for (int i = from; i <= mark.start(); i++) {
            boolean boundary = i == mark.start() || "，,：:；;。！？!?".indexOf(text.charAt(i)) >= 0;
            if (!boundary) {
                continue;
            }
            int clauseEnd = nextBoundary(text, i, sentence.end());
            Mark first = firstMeasure(marks, clauseStart, clauseEnd);
            if (first != null && first.start() <= mark.start()) {
                String candidate = subjectOf(text.substring(clauseStart, first.start()));
                if (candidate != null) {
                    current = candidate;
                }
            }
            if (i == mark.start()) {
                break;
            }
            clauseStart = i + 1;
        }
        return current;
    }

    private static int nextBoundary(String text, int from, int limit) {
        for (int i = from; i < Math.min(limit, from + REACH); i++) {
            if ("，,：:；;。！？!?".indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return limit;
    }

    private static Mark firstMeasure(List<Mark> marks, int from, int to) {
        int low = 0;
        int high = marks.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (marks.get(mid).start() < from) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        for (int i = low; i < marks.size() && marks.get(i).start() < to; i++) {
            if (marks.get(i).kind() != PlaceholderKind.NAME) {
                return marks.get(i);
            }
        }
        return null;
    }

    private static String subjectOf(String prefix) {
        String s = LEADING_NOISE.matcher(Lines.trim(prefix)).replaceFirst("");
        Matcher end = SUBJECT_END.matcher(s);
        while (end.lookingAt()) {
            // 完成投资×亿元: the indicator follows the verb; 增速×%: nothing follows, the subject carries over.
            s = s.substring(end.end());
            if (!INDICATOR_TAIL.matcher(s).find()) {
                return null;
            }
            end = SUBJECT_END.matcher(s);
        }
        if (end.find()) {
            s = s.substring(0, end.start());
        } else if (SUBJECT_END_SHORT.matcher(s).find()) {
            s = s.substring(0, s.length() - 1);
        } else if (!INDICATOR_TAIL.matcher(s).find()) {
            return null;
        }
        s = Lines.trim(s);
        while (s.endsWith("的")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.length() < 2 || s.length() > 16 || NOT_A_SUBJECT.matcher(s).find()) {
            return null;
        }
        return s;
    }
}

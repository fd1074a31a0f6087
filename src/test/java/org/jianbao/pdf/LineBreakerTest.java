package org.jianbao.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class LineBreakerTest {

    private static final float EM = 16f;

    /** Full-width for CJK, half for Latin letters and digits. */
    private static List<Atom> atoms(String text) {
        List<Atom> list = new ArrayList<>();
        text.codePoints().forEach(cp -> list.add(Atom.of(cp, cp < 0x2E80 && cp != 0x2014 && cp != 0x201C && cp != 0x201D ? EM / 2 : EM)));
        return list;
    }

    private static List<String> lines(String text, int charsPerLine) {
        List<Atom> atoms = atoms(text);
        List<LineBreaker.Span> spans = LineBreaker.breakLines(atoms, 0, 0, charsPerLine * EM, charsPerLine * EM,
                LineBreaker.Tabs.NONE);
        List<String> out = new ArrayList<>();
        for (LineBreaker.Span s : spans) {
            StringBuilder sb = new StringBuilder();
            for (int i = s.start(); i < s.end(); i++) {
                sb.append(atoms.get(i));
            }
            out.add(sb.toString());
        }
        return out;
    }

    @Test
    void breaksBetweenAnyTwoIdeographs() {
        assertThat(lines("一二三四五六七八九十", 4)).containsExactly("一二三四", "五六七八", "九十");
    }

    @Test
    void trailingCommaHangsPastTheMarginInsteadOfStartingALine() {
        assertThat(lines("一二三四五，六七", 5)).containsExactly("一二三四五，", "六七");
    }

    @Test
    void semicolonHangsToo() {
        assertThat(lines("一二三四五；六七八", 5)).containsExactly("一二三四五；", "六七八");
    }

    @Test
    void twoClosingMarksCannotHangSoThePreviousCharacterMovesDown() {
        List<String> lines = lines("一二三四五。”六七八", 5);
        assertThat(lines).containsExactly("一二三四", "五。”六七", "八");
        assertThat(lines).noneMatch(l -> l.startsWith("”") || l.startsWith("。"));
    }

    @Test
    void openingPunctuationNeverEndsALine() {
        List<String> lines = lines("一二三四（五六）七", 5);
        assertThat(lines).noneMatch(l -> l.endsWith("（"));
        assertThat(lines.get(1)).startsWith("（");
    }

    @Test
    void closingQuoteAndBracketNeverStartALine() {
        for (String text : List.of("一二三四五”六七", "一二三四五）六七", "一二三四五》六七", "一二三四五！六七")) {
            assertThat(lines(text, 5)).as(text).noneMatch(l -> l.startsWith("”") || l.startsWith("）")
                    || l.startsWith("》") || l.startsWith("！"));
        }
    }

    @Test
    void numbersAndLatinWordsAreNeverSplit() {
        assertThat(lines("全县生产总值128.6亿元", 8)).containsExactly("全县生产总值", "128.6亿元");
        assertThat(lines("地区生产总值GDP增长", 7)).containsExactly("地区生产总值", "GDP增长");
        assertThat(lines("增长率为12.4%，好", 6)).allMatch(l -> !l.startsWith("%") && !l.startsWith(".4"));
    }

    @Test
    void theGapBetweenChineseAndDigitsDoesNotCountAtTheEndOfALine() {
        List<Atom> atoms = atoms("一二三四五1");
        atoms.get(4).autoSpace = 3f;
        atoms.get(4).width += 3f;
        List<LineBreaker.Span> spans = LineBreaker.breakLines(atoms, 0, 0, 5 * EM, 5 * EM, LineBreaker.Tabs.NONE);
        assertThat(spans.get(0).end()).isEqualTo(5);
    }

    @Test
    void doubleEmDashStaysTogether() {
        List<String> lines = lines("一二三四——摘自讲话", 5);
        assertThat(lines).noneMatch(l -> l.endsWith("—") && !l.endsWith("——"));
    }

    @Test
    void justifiedLinesFillTheWidthExactlyButTheLastLineDoesNot() {
        List<Atom> atoms = atoms("今年以来全县GDP增长6.2%，主要指标好于预期全年目标");
        float width = 10 * EM + 5;
        List<LineBreaker.Span> spans = LineBreaker.breakLines(atoms, 0, 0, width, width, LineBreaker.Tabs.NONE);
        assertThat(spans).hasSizeGreaterThan(1);
        for (LineBreaker.Span span : spans) {
            LineBreaker.Placed placed = LineBreaker.place(atoms, span, width, "both");
            int last = span.end() - span.start() - 1;
            float right = placed.x()[last] + atoms.get(span.end() - 1).width;
            if (span.last()) {
                assertThat(right).isLessThan(width);
            } else if (right <= width + 0.01f) {
                assertThat(right).isCloseTo(width, org.assertj.core.data.Offset.offset(0.01f));
            }
        }
    }

    @Test
    void centredAndRightAlignedLinesAreOffset() {
        List<Atom> atoms = atoms("第5期");
        List<LineBreaker.Span> spans = LineBreaker.breakLines(atoms, 0, 0, 100, 100, LineBreaker.Tabs.NONE);
        float natural = 2 * EM + EM / 2;
        assertThat(LineBreaker.place(atoms, spans.get(0), 100, "center").offset()).isEqualTo((100 - natural) / 2);
        assertThat(LineBreaker.place(atoms, spans.get(0), 100, "right").offset()).isEqualTo(100 - natural);
    }

    @Test
    void rightTabPushesTheDateToTheMargin() {
        List<Atom> atoms = atoms("城关县\t2026年");
        LineBreaker.Tabs tabs = new LineBreaker.Tabs(List.of(new ParaProps.TabStop("right", 200)), 21);
        List<LineBreaker.Span> spans = LineBreaker.breakLines(atoms, 0, 0, 200, 200, tabs);
        assertThat(spans).hasSize(1);
        LineBreaker.Placed placed = LineBreaker.place(atoms, spans.get(0), 200, "left");
        int lastIndex = atoms.size() - 1;
        assertThat(placed.x()[lastIndex] + atoms.get(lastIndex).width).isCloseTo(200f, org.assertj.core.data.Offset.offset(0.01f));
    }
}

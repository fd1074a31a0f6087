package org.jianbao.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.jianbao.pdf.ColumnWidths.Preferred;
import org.jianbao.pdf.ColumnWidths.Span;
import org.junit.jupiter.api.Test;

/** The column width rules on their own, in points: preferred widths, the grid, content (min/max incl. margins). */
class ColumnWidthsTest {

    private static final float AVAILABLE = 450;

    private static Span cell(int col, Preferred preferred, float min, float max) {
        return new Span(col, 1, preferred, new ContentWidth(min, max));
    }

    private static Preferred points(float pt) {
        return new Preferred(pt, 0);
    }

    private static void assertWidths(float[] actual, float... expected) {
        assertThat(actual).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i]).as("column " + i).isCloseTo(expected[i], within(0.1f));
        }
    }

    @Test
    void preferredWidthsReadTwipsFiftiethsOfAPercentAndPercentSigns() {
        assertThat(new Preferred(150, 0).resolve(AVAILABLE)).isEqualTo(150);
        assertThat(new Preferred(0, 0.5f).resolve(AVAILABLE)).isEqualTo(225);
        assertThat(Preferred.AUTO.isAuto()).isTrue();
    }

    @Test
    void aFixedTableKeepsItsGridScaledToItsWidth() {
        assertWidths(ColumnWidths.fixed(List.of(100f, 200f), List.of(), 2, points(450), AVAILABLE), 150, 300);
        assertWidths(ColumnWidths.fixed(List.of(100f, 200f), List.of(), 2, Preferred.AUTO, AVAILABLE), 100, 200);
        // no grid, no widths: equal shares of the text area
        assertWidths(ColumnWidths.fixed(List.of(), List.of(), 3, Preferred.AUTO, AVAILABLE), 150, 150, 150);
    }

    @Test
    void cellWidthsWinOverAStaleGrid() {
        List<List<Span>> rows = List.of(List.of(cell(0, points(150), 20, 300), cell(1, points(150), 20, 300),
                cell(2, points(150), 20, 100)));
        assertWidths(ColumnWidths.autofit(List.of(50f, 50f, 350f), rows, 3, points(450), AVAILABLE), 150, 150, 150);
    }

    @Test
    void columnsWithoutWidthsKeepShortTextWholeAndShareTheRest() {
        List<List<Span>> rows = List.of(List.of(cell(0, Preferred.AUTO, 23, 47), cell(1, Preferred.AUTO, 23, 700),
                cell(2, Preferred.AUTO, 23, 23)));
        assertWidths(ColumnWidths.autofit(List.of(), rows, 3, Preferred.AUTO, AVAILABLE), 47, 380, 23);
    }

    @Test
    void anUnbreakableWordWidensItsColumnAtTheExpenseOfColumnsWithRoom() {
        List<List<Span>> rows = List.of(List.of(cell(0, Preferred.AUTO, 300, 300), cell(1, Preferred.AUTO, 40, 40),
                cell(2, Preferred.AUTO, 23, 700)));
        float[] w = ColumnWidths.autofit(List.of(60f, 60f, 330f), rows, 3, Preferred.AUTO, AVAILABLE);
        assertThat(w[0]).isCloseTo(300, within(0.1f));
        assertThat(w[1]).isGreaterThanOrEqualTo(40);
        assertThat(w[0] + w[1] + w[2]).isCloseTo(450, within(0.1f));
    }

    @Test
    void preferredWidthsWiderThanThePageAreKept() {
        List<List<Span>> rows = List.of(List.of(cell(0, points(200), 20, 40), cell(1, points(400), 20, 900)));
        assertWidths(ColumnWidths.autofit(List.of(), rows, 2, Preferred.AUTO, AVAILABLE), 200, 400);
    }

    @Test
    void aCellAcrossColumnsGivesItsWidthToThoseWithout() {
        List<List<Span>> rows = List.of(List.of(cell(0, points(100), 20, 20),
                new Span(1, 2, points(300), new ContentWidth(20, 20))));
        assertWidths(ColumnWidths.autofit(List.of(), rows, 3, Preferred.AUTO, AVAILABLE), 100, 150, 150);
    }
}

package org.jianbao.pdf;

import java.util.List;

/** What the paginator moves between pages: a paragraph's lines or a table's rows, with their keep rules. */
sealed interface Block permits Block.Para, Block.Table {

    List<Slice> slices();

    boolean keepNext();

    boolean pageBreakBefore();

    record Para(List<Slice> slices, boolean keepNext, boolean keepLines, boolean pageBreakBefore, boolean widow)
            implements Block {
    }

    /** @param headerRows the leading rows repeated at the top of every page the table continues on */
    record Table(List<Slice> slices, int headerRows, boolean keepNext, boolean pageBreakBefore, TableLayout.Model model)
            implements Block {
    }

    static float height(List<Slice> slices) {
        float h = 0;
        for (Slice s : slices) {
            h += s.height();
        }
        return h;
    }
}

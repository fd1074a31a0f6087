package org.jianbao.pdf;

import java.awt.Color;
import java.util.List;

/** A paragraph's resolved formatting (points), with the formatting of its paragraph mark for empty lines. */
record ParaProps(String align, float indLeft, float indRight, float firstLine, float before, float after,
        float beforeLines, float afterLines, int line, String lineRule, boolean keepNext, boolean keepLines,
        boolean pageBreakBefore, boolean widowControl, boolean snapToGrid, Border top, Border bottom, Color shading,
        List<TabStop> tabs, RunProps mark, boolean autoSpaceLatin, boolean autoSpaceDigits) {

    record TabStop(String kind, float pos, String leader) {

        TabStop(String kind, float pos) {
            this(kind, pos, null);
        }
    }
}

package org.jianbao.pdf;

/** A picture or chart inside a line, sized in points. */
sealed interface InlineObject permits InlineObject.Picture, InlineObject.ChartRef, InlineObject.Floating,
        InlineObject.NoteMark {

    float width();

    float height();

    record Picture(byte[] data, float width, float height) implements InlineObject {
    }

    record ChartRef(org.w3c.dom.Element chartSpace, float width, float height) implements InlineObject {
    }

    /**
     * A picture anchored on the page (Word's "in front of text" / "behind text"): it takes no room in the line
     * and is drawn at its position, relative to the page, the margins or the paragraph.
     *
     * @param hFrom  positionH relativeFrom (page, margin, column, character, leftMargin, rightMargin…)
     * @param hAlign left/center/right, or null when {@code hOffset} applies
     * @param vFrom  positionV relativeFrom (page, margin, topMargin, paragraph, line…)
     * @param vAlign top/center/bottom, or null when {@code vOffset} applies
     * @param behind drawn under the text (behindDoc)
     */
    record Floating(byte[] data, float pictureWidth, float pictureHeight, String hFrom, String hAlign, float hOffset,
            String vFrom, String vAlign, float vOffset, boolean behind) implements InlineObject {

        @Override
        public float width() {
            return 0;
        }

        @Override
        public float height() {
            return 0;
        }
    }

    /**
     * Where a footnote is referenced (the {@code index}-th note of the document): takes no room and draws nothing;
     * the paginator puts the note at the foot of the page this mark lands on.
     */
    record NoteMark(int index) implements InlineObject {

        @Override
        public float width() {
            return 0;
        }

        @Override
        public float height() {
            return 0;
        }
    }
}

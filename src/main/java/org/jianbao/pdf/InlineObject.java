package org.jianbao.pdf;

/** A picture or chart inside a line, sized in points. */
sealed interface InlineObject permits InlineObject.Picture, InlineObject.ChartRef {

    float width();

    float height();

    record Picture(byte[] data, float width, float height) implements InlineObject {
    }

    record ChartRef(org.w3c.dom.Element chartSpace, float width, float height) implements InlineObject {
    }
}

package org.jianbao.pdf;

import java.awt.Color;

import org.w3c.dom.Element;

/** One border edge: width and space in points, colour; {@code null} means no border. */
record Border(float width, float space, Color color, boolean isDouble) {

    static Border of(Element e) {
        if (e == null) {
            return null;
        }
        String val = Wml.attr(e, "val");
        if (val == null || val.equals("nil") || val.equals("none")) {
            return null;
        }
        Integer sz = Wml.intAttr(e, "sz");
        float width = sz == null ? 0.5f : Math.max(0.25f, sz / 8f);
        Integer space = Wml.intAttr(e, "space");
        Color color = Wml.color(Wml.attr(e, "color"));
        return new Border(width, space == null ? 0 : space, color == null ? Color.BLACK : color, val.startsWith("double"));
    }
}

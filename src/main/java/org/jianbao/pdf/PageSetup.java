package org.jianbao.pdf;

import java.util.HashMap;
import java.util.Map;

import org.w3c.dom.Element;

/**
 * A section's page: size, margins, header/footer distances, the line grid and header/footer references
 * (type → relationship id). Points.
 */
record PageSetup(float width, float height, float top, float bottom, float left, float right, float header,
        float footer, float pitch, boolean titlePg, boolean continuous, Map<String, String> headers,
        Map<String, String> footers, Integer pageNumberStart) {

    static PageSetup of(Element sectPr) {
        Element pgSz = Wml.child(sectPr, "pgSz");
        Element pgMar = Wml.child(sectPr, "pgMar");
        float w = val(pgSz, "w", 11906);
        float h = val(pgSz, "h", 16838);
        if ("landscape".equals(Wml.attr(pgSz, "orient")) && w < h) {
            float t = w;
            w = h;
            h = t;
        }
        Element grid = Wml.child(sectPr, "docGrid");
        String type = Wml.attr(grid, "type");
        Integer pitch = Wml.intAttr(grid, "linePitch");
        boolean gridOn = ("lines".equals(type) || "linesAndChars".equals(type) || "snapToChars".equals(type))
                && pitch != null && pitch > 0;
        Map<String, String> headers = new HashMap<>();
        Map<String, String> footers = new HashMap<>();
        for (Element ref : Wml.children(sectPr)) {
            String kind = ref.getLocalName();
            if ("headerReference".equals(kind) || "footerReference".equals(kind)) {
                String t = Wml.attr(ref, "type");
                String id = Wml.attrNs(ref, Wml.R, "id");
                if (id != null) {
                    ("headerReference".equals(kind) ? headers : footers).put(t == null ? "default" : t, id);
                }
            }
        }
        String sectType = Wml.attr(Wml.child(sectPr, "type"), "val");
        // Word's limits: pages 0.1 to 22 inches; what a damaged file says beyond them must not make pages of
        // no height (endless pagination) or negative width
        w = clamp(w, 7.2f, 1584f);
        h = clamp(h, 7.2f, 1584f);
        float top = Math.abs(val(pgMar, "top", 1440));
        float bottom = Math.abs(val(pgMar, "bottom", 1440));
        float left = val(pgMar, "left", 1800);
        float right = val(pgMar, "right", 1800);
        float minBody = Math.min(36f, h / 2);
        if (h - top - bottom < minBody) {
            top = bottom = Math.max(0, (h - minBody) / 2);
        }
        float minWidth = Math.min(36f, w / 2);
        if (w - left - right < minWidth || left < -w || right < -w) {
            left = right = Math.max(0, (w - minWidth) / 2);
        }
        return new PageSetup(w, h, top, bottom, left, right, clamp(val(pgMar, "header", 851), 0, h / 2),
                clamp(val(pgMar, "footer", 992), 0, h / 2), gridOn ? Math.max(1f, pitch / 20f) : 0f, Wml.onOff(Wml.child(sectPr, "titlePg")), "continuous".equals(sectType),
                Map.copyOf(headers), Map.copyOf(footers), Wml.intAttr(Wml.child(sectPr, "pgNumType"), "start"));
    }

    private static float clamp(float v, float min, float max) {
        return Math.max(min, Math.min(max, v));
    }

    private static float val(Element e, String attr, int dflt) {
        Integer v = Wml.intAttr(e, attr);
        return (v == null ? dflt : v) / 20f;
    }

    float bodyWidth() {
        return width - left - right;
    }

    float bodyHeight() {
        return height - top - bottom;
    }

    /** Where the first line starts: LibreOffice centres the grid's whole lines in the body height. */
    float bodyTop() {
        if (pitch <= 0) {
            return top;
        }
        int lines = (int) Math.floor(bodyHeight() / pitch + 1e-4);
        return top + (bodyHeight() - lines * pitch) / 2;
    }

    float bodyBottom() {
        return height - bottom;
    }
}

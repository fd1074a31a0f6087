package org.jianbao.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Element;

/**
 * Style inheritance: document defaults → table style → paragraph style chain → character style chain → direct
 * formatting. Properties are looked up from the most specific layer down, attribute by attribute where Word
 * merges attributes (indents, spacing, fonts).
 */
final class Styles {

    private final Map<String, Element> byId = new HashMap<>();
    private final Element defPPr;
    private final Element defRPr;
    private final String defaultParaStyle;
    private final String defaultTableStyle;

    Styles(Element stylesRoot) {
        String defPara = null;
        String defTable = null;
        for (Element s : Wml.children(stylesRoot, "style")) {
            String id = Wml.attr(s, "styleId");
            if (id != null) {
                byId.put(id, s);
            }
            String isDefault = Wml.attr(s, "default");
            if ("1".equals(isDefault) || "true".equals(isDefault) || "on".equals(isDefault)) {
                if ("paragraph".equals(Wml.attr(s, "type"))) {
                    defPara = id;
                } else if ("table".equals(Wml.attr(s, "type"))) {
                    defTable = id;
                }
            }
        }
        defaultParaStyle = defPara;
        defaultTableStyle = defTable;
        Element defaults = Wml.child(stylesRoot, "docDefaults");
        defPPr = Wml.path(defaults, "pPrDefault", "pPr");
        defRPr = Wml.path(defaults, "rPrDefault", "rPr");
    }

    String defaultTableStyle() {
        return defaultTableStyle;
    }

    /** Style elements from the root of the basedOn chain to the style itself. */
    List<Element> chain(String styleId) {
        List<Element> list = new ArrayList<>();
        String id = styleId;
        int guard = 0;
        while (id != null && guard++ < 20) {
            Element s = byId.get(id);
            if (s == null) {
                break;
            }
            list.add(s);
            id = Wml.attr(Wml.child(s, "basedOn"), "val");
        }
        Collections.reverse(list);
        return list;
    }

    List<Element> pPrLayers(Element pPr, String tableStyle) {
        return pPrLayers(pPr, tableStyle, null);
    }

    /** @param listLevel the list level's pPr (numbering.xml), between the style's and the paragraph's own */
    List<Element> pPrLayers(Element pPr, String tableStyle, Element listLevel) {
        List<Element> layers = new ArrayList<>();
        add(layers, defPPr);
        for (Element s : chain(tableStyle)) {
            add(layers, Wml.child(s, "pPr"));
        }
        for (Element s : chain(paraStyleId(pPr))) {
            add(layers, Wml.child(s, "pPr"));
        }
        add(layers, listLevel);
        add(layers, pPr);
        return layers;
    }

    /** The paragraph's list (numId, ilvl) from its own pPr or its style chain; null when not in a list. */
    String[] listOf(Element pPr, String tableStyle) {
        List<Element> layers = pPrLayers(pPr, tableStyle);
        String numId = null;
        String ilvl = null;
        for (int i = layers.size() - 1; i >= 0 && (numId == null || ilvl == null); i--) {
            Element numPr = child(layers.get(i), "numPr");
            if (numId == null) {
                numId = Wml.attr(Wml.child(numPr, "numId"), "val");
            }
            if (ilvl == null) {
                ilvl = Wml.attr(Wml.child(numPr, "ilvl"), "val");
            }
        }
        return numId == null ? null : new String[] {numId, ilvl == null ? "0" : ilvl};
    }

    String paraStyleId(Element pPr) {
        String id = Wml.attr(Wml.child(pPr, "pStyle"), "val");
        return id != null && byId.containsKey(id) ? id : defaultParaStyle;
    }

    List<Element> rPrLayers(Element pPr, Element rPr, String tableStyle) {
        List<Element> layers = new ArrayList<>();
        add(layers, defRPr);
        for (Element s : chain(tableStyle)) {
            add(layers, Wml.child(s, "rPr"));
        }
        for (Element s : chain(paraStyleId(pPr))) {
            add(layers, Wml.child(s, "rPr"));
        }
        String charStyle = Wml.attr(Wml.child(rPr, "rStyle"), "val");
        for (Element s : chain(charStyle)) {
            add(layers, Wml.child(s, "rPr"));
        }
        add(layers, rPr);
        return layers;
    }

    List<Element> tblPrLayers(Element tblPr) {
        List<Element> layers = new ArrayList<>();
        String id = Wml.attr(Wml.child(tblPr, "tblStyle"), "val");
        for (Element s : chain(id != null ? id : defaultTableStyle)) {
            add(layers, Wml.child(s, "tblPr"));
        }
        add(layers, tblPr);
        return layers;
    }

    private static void add(List<Element> layers, Element e) {
        if (e != null) {
            layers.add(e);
        }
    }

    /**
     * Children of each property element by local name, built once per element: walking XML beans' DOM is
     * synchronised and slow, and every run asks a dozen properties of the same few style elements.
     */
    private final Map<Element, Map<String, Element>> childCache = new java.util.IdentityHashMap<>();

    private Element child(Element layer, String local) {
        Map<String, Element> children = childCache.get(layer);
        if (children == null) {
            children = new HashMap<>();
            for (Element c : Wml.children(layer)) {
                children.putIfAbsent(c.getLocalName(), c);
            }
            childCache.put(layer, children);
        }
        return children.get(local);
    }

    /** The property element from the most specific layer that has it. */
    Element find(List<Element> layers, String local) {
        for (int i = layers.size() - 1; i >= 0; i--) {
            Element c = child(layers.get(i), local);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    /** One attribute of a property, from the most specific layer that sets that attribute. */
    String attr(List<Element> layers, String local, String attr) {
        for (int i = layers.size() - 1; i >= 0; i--) {
            String v = Wml.attr(child(layers.get(i), local), attr);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    Integer intAttr(List<Element> layers, String local, String attr) {
        String v = attr(layers, local, attr);
        if (v == null) {
            return null;
        }
        try {
            return (int) Math.round(Double.parseDouble(v));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    RunProps runProps(List<Element> layers) {
        Integer sz = intAttr(layers, "sz", "val");
        String ascii = attr(layers, "rFonts", "ascii");
        if (ascii == null) {
            ascii = attr(layers, "rFonts", "hAnsi");
        }
        String eastAsia = attr(layers, "rFonts", "eastAsia");
        Element u = find(layers, "u");
        String uVal = Wml.attr(u, "val");
        boolean underline = u != null && uVal != null && !uVal.equals("none");
        String va = attr(layers, "vertAlign", "val");
        int vert = "superscript".equals(va) ? 1 : "subscript".equals(va) ? -1 : 0;
        Integer spacing = intAttr(layers, "spacing", "val");
        Color color = Wml.color(attr(layers, "color", "val"));
        return new RunProps(ascii == null ? "Times New Roman" : ascii, eastAsia == null ? "宋体" : eastAsia,
                sz == null || sz < 2 ? 10.5f : Math.min(sz, 3276) / 2f, Wml.onOff(find(layers, "b")), Wml.onOff(find(layers, "i")), underline,
                color == null ? Color.BLACK : color, vert, Wml.twips(spacing == null ? null : Math.max(-31680, Math.min(31680, spacing))), Wml.onOff(find(layers, "vanish")));
    }

    ParaProps paraProps(Element pPr, String tableStyle) {
        return paraProps(pPr, tableStyle, null);
    }

    ParaProps paraProps(Element pPr, String tableStyle, Element listLevelPPr) {
        List<Element> layers = pPrLayers(pPr, tableStyle, listLevelPPr);
        RunProps mark = runProps(rPrLayers(pPr, Wml.child(pPr, "rPr"), tableStyle));
        float charWidth = mark.size();
        String jc = attr(layers, "jc", "val");
        float left = indent(layers, "left", "start", "leftChars", charWidth);
        float right = indent(layers, "right", "end", "rightChars", charWidth);
        float first;
        Integer hangingChars = intAttr(layers, "ind", "hangingChars");
        Integer hanging = intAttr(layers, "ind", "hanging");
        Integer firstChars = intAttr(layers, "ind", "firstLineChars");
        Integer firstLine = intAttr(layers, "ind", "firstLine");
        if (hangingChars != null && hangingChars != 0) {
            first = -hangingChars / 100f * charWidth;
        } else if (hanging != null && hanging != 0) {
            first = -hanging / 20f;
        } else if (firstChars != null && firstChars != 0) {
            first = firstChars / 100f * charWidth;
        } else {
            first = Wml.twips(firstLine);
        }
        Integer before = intAttr(layers, "spacing", "before");
        Integer after = intAttr(layers, "spacing", "after");
        Integer beforeLines = intAttr(layers, "spacing", "beforeLines");
        Integer afterLines = intAttr(layers, "spacing", "afterLines");
        Integer line = intAttr(layers, "spacing", "line");
        String rule = attr(layers, "spacing", "lineRule");
        Element snap = find(layers, "snapToGrid");
        Element pBdr = find(layers, "pBdr");
        Color shading = Wml.color(attr(layers, "shd", "fill"));
        List<ParaProps.TabStop> tabs = new ArrayList<>();
        for (Element layer : layers) {
            for (Element tab : Wml.children(Wml.child(layer, "tabs"), "tab")) {
                String kind = Wml.attr(tab, "val");
                Integer pos = Wml.intAttr(tab, "pos");
                if (pos == null) {
                    continue;
                }
                tabs.removeIf(t -> Math.abs(t.pos() - pos / 20f) < 0.5f);
                if (!"clear".equals(kind)) {
                    tabs.add(new ParaProps.TabStop(kind == null ? "left" : kind, pos / 20f, Wml.attr(tab, "leader")));
                }
            }
        }
        tabs.sort((a, b) -> Float.compare(a.pos(), b.pos()));
        return new ParaProps(jc == null ? "left" : jc, left, right, first, Wml.twips(before), Wml.twips(after),
                beforeLines == null ? 0 : beforeLines / 100f, afterLines == null ? 0 : afterLines / 100f,
                line == null || line == 0 ? 240 : Math.min(Math.abs(line), 31680), rule == null ? "auto" : rule, Wml.onOff(find(layers, "keepNext")),
                Wml.onOff(find(layers, "keepLines")), Wml.onOff(find(layers, "pageBreakBefore")),
                Wml.onOff(find(layers, "widowControl")), snap == null || Wml.onOff(snap),
                Border.of(Wml.child(pBdr, "top")), Border.of(Wml.child(pBdr, "bottom")), shading, List.copyOf(tabs), mark,
                onUnlessOff(find(layers, "autoSpaceDE")), onUnlessOff(find(layers, "autoSpaceDN")));
    }

    /** Word's autoSpaceDE/DN are on unless switched off. */
    private static boolean onUnlessOff(Element e) {
        return e == null || Wml.onOff(e);
    }

    private float indent(List<Element> layers, String name, String alt, String chars, float charWidth) {
        Integer c = intAttr(layers, "ind", chars);
        if (c != null && c != 0) {
            return c / 100f * charWidth;
        }
        Integer v = intAttr(layers, "ind", name);
        if (v == null) {
            v = intAttr(layers, "ind", alt);
        }
        return Wml.twips(v);
    }
}

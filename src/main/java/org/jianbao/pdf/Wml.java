package org.jianbao.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reading WordprocessingML through the DOM view of POI's XML beans: one code path for document defaults,
 * styles and direct formatting, whichever schema type POI gives them.
 */
final class Wml {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private Wml() {
    }

    static Element child(Element e, String local) {
        if (e == null) {
            return null;
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && local.equals(c.getLocalName())) {
                return c;
            }
        }
        return null;
    }

    /** Text content (XML beans' DOM has no getTextContent). */
    static String text(Element e) {
        StringBuilder sb = new StringBuilder();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                sb.append(n.getNodeValue());
            }
        }
        return sb.toString();
    }

    static Element path(Element e, String... locals) {
        Element cur = e;
        for (String l : locals) {
            cur = child(cur, l);
            if (cur == null) {
                return null;
            }
        }
        return cur;
    }

    static List<Element> children(Element e) {
        List<Element> list = new ArrayList<>();
        if (e != null) {
            for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element c) {
                    list.add(c);
                }
            }
        }
        return list;
    }

    static List<Element> children(Element e, String local) {
        List<Element> list = new ArrayList<>();
        for (Element c : children(e)) {
            if (local.equals(c.getLocalName())) {
                list.add(c);
            }
        }
        return list;
    }

    /** Descendants with this local name, depth first. */
    static List<Element> descendants(Element e, String local) {
        List<Element> list = new ArrayList<>();
        collect(e, local, list);
        return list;
    }

    private static void collect(Element e, String local, List<Element> out) {
        for (Element c : children(e)) {
            if (local.equals(c.getLocalName())) {
                out.add(c);
            }
            collect(c, local, out);
        }
    }

    /** A w: attribute (or an unqualified one, as some producers write). */
    static String attr(Element e, String local) {
        if (e == null) {
            return null;
        }
        String v = e.getAttributeNS(W, local);
        if (v == null || v.isEmpty()) {
            v = e.getAttribute(local);
            if (v == null || v.isEmpty()) {
                v = e.getAttribute("w:" + local);
            }
        }
        return v == null || v.isEmpty() ? null : v;
    }

    static String attrNs(Element e, String ns, String local) {
        if (e == null) {
            return null;
        }
        String v = e.getAttributeNS(ns, local);
        return v == null || v.isEmpty() ? null : v;
    }

    static Integer intAttr(Element e, String local) {
        String v = attr(e, local);
        if (v == null) {
            return null;
        }
        try {
            return (int) Math.round(Double.parseDouble(v));
        } catch (NumberFormatException ex) {
            return null;
        }
    }

    static Long longAttr(Element e, String local) {
        String v = e == null ? null : e.getAttribute(local);
        if (v == null || v.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException ex) {
            return null;
        }
    }

    /** An on/off property: present without val means on. */
    static boolean onOff(Element e) {
        if (e == null) {
            return false;
        }
        String v = attr(e, "val");
        return v == null || !(v.equals("0") || v.equalsIgnoreCase("false") || v.equalsIgnoreCase("off"));
    }

    static Color color(String hex) {
        if (hex == null || hex.equalsIgnoreCase("auto") || hex.length() != 6) {
            return null;
        }
        try {
            return new Color(Integer.parseInt(hex, 16));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static float twips(Integer v) {
        return v == null ? 0f : v / 20f;
    }
}

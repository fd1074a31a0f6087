package org.jianbao.template;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** WordprocessingML names and the few DOM walks the compiler stages share. */
final class WordXml {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    /** Our own placeholder elements (jb:tag, jb:section), present only while compiling. */
    static final String JB = "urn:jianbao:template";
    static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    /** Stands in the joined text for a tab, break or object: a tag cannot span one. */
    static final char BARRIER = '\u0000';

    /** One w:t of a paragraph and where its text starts in the paragraph's joined text. */
    record Piece(Element text, int start, String value) {
    }

    private WordXml() {
    }

    /** The w:t texts of the paragraph's own runs (not of paragraphs nested in text boxes), in order. */
    static void collectText(Element p, List<Piece> pieces, StringBuilder joined) {
        Deque<org.w3c.dom.Node> todo = new ArrayDeque<>();
        pushChildren(p, todo);
        while (!todo.isEmpty()) {
            org.w3c.dom.Node n = todo.pop();
            if (!(n instanceof Element e)) {
                continue;
            }
            boolean w = W.equals(e.getNamespaceURI());
            String name = e.getLocalName();
            if (w && name.equals("p")) {
                continue;
            }
            if (w && name.equals("t") && isRun(e.getParentNode())) {
                String value = e.getTextContent();
                pieces.add(new Piece(e, joined.length(), value));
                joined.append(value);
                continue;
            }
            if (w && isRun(e.getParentNode()) && (name.equals("tab") || name.equals("br") || name.equals("cr")
                    || name.equals("drawing") || name.equals("pict") || name.equals("object") || name.equals("sym"))) {
                joined.append(BARRIER);
                continue;
            }
            pushChildren(e, todo);
        }
    }

    static void pushChildren(org.w3c.dom.Node n, Deque<org.w3c.dom.Node> todo) {
        for (org.w3c.dom.Node c = n.getLastChild(); c != null; c = c.getPreviousSibling()) {
            todo.push(c);
        }
    }

    static boolean isRun(org.w3c.dom.Node n) {
        return n instanceof Element e && W.equals(e.getNamespaceURI()) && e.getLocalName().equals("r");
    }

    static Element ancestor(org.w3c.dom.Node n, String wName) {
        for (org.w3c.dom.Node a = n.getParentNode(); a != null; a = a.getParentNode()) {
            if (a instanceof Element e && W.equals(e.getNamespaceURI()) && e.getLocalName().equals(wName)) {
                return e;
            }
        }
        return null;
    }

    static boolean isAncestor(Element ancestor, org.w3c.dom.Node n) {
        for (org.w3c.dom.Node a = n.getParentNode(); a != null; a = a.getParentNode()) {
            if (a == ancestor) {
                return true;
            }
        }
        return false;
    }

    static List<Element> elements(NodeList list) {
        List<Element> out = new ArrayList<>(list.getLength());
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    static List<org.w3c.dom.Node> children(Element e) {
        List<org.w3c.dom.Node> out = new ArrayList<>();
        for (org.w3c.dom.Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            out.add(c);
        }
        return out;
    }

    static void remove(org.w3c.dom.Node n) {
        n.getParentNode().removeChild(n);
    }

    static void moveBetween(org.w3c.dom.Node from, org.w3c.dom.Node to, Element into) {
        for (org.w3c.dom.Node n = from.getNextSibling(); n != null && n != to; n = from.getNextSibling()) {
            into.appendChild(n);
        }
    }
}

package org.jianbao.template;

import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/** Writes DOM nodes back as XML text, prefixes and namespace declarations as they were. */
final class XmlText {

    private XmlText() {
    }

    /** {@code <w:r w:rsidR="00AB">} (with its attributes, closed with '>'). */
    static String startTag(Element e) {
        StringBuilder s = new StringBuilder();
        openTag(e, s);
        return s.append('>').toString();
    }

    static void openTag(Element e, StringBuilder s) {
        s.append('<').append(e.getNodeName());
        NamedNodeMap attrs = e.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            s.append(' ').append(a.getName()).append("=\"");
            escapeAttribute(a.getValue(), s);
            s.append('"');
        }
    }

    static String of(Node n) {
        StringBuilder s = new StringBuilder();
        write(n, s);
        return s.toString();
    }

    static void write(Node n, StringBuilder s) {
        switch (n.getNodeType()) {
            case Node.ELEMENT_NODE -> {
                Element e = (Element) n;
                openTag(e, s);
                if (!e.hasChildNodes()) {
                    s.append("/>");
                    return;
                }
                s.append('>');
                for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
                    write(c, s);
                }
                s.append("</").append(e.getNodeName()).append('>');
            }
            case Node.TEXT_NODE -> escapeText(n.getNodeValue(), s);
            case Node.CDATA_SECTION_NODE -> s.append("<![CDATA[").append(n.getNodeValue()).append("]]>");
            case Node.COMMENT_NODE -> s.append("<!--").append(n.getNodeValue()).append("-->");
            case Node.PROCESSING_INSTRUCTION_NODE -> s.append("<?").append(n.getNodeName()).append(' ')
                    .append(n.getNodeValue()).append("?>");
            default -> {
                // entity references cannot occur: DOCTYPEs are refused
            }
        }
    }

    static void escapeText(String text, StringBuilder s) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        s.append(c);
                    }
                    // other control characters are not allowed in XML 1.0: dropped
                }
            }
        }
    }

    static void escapeAttribute(String text, StringBuilder s) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '"' -> s.append("&quot;");
                case '\t' -> s.append("&#9;");
                case '\n' -> s.append("&#10;");
                case '\r' -> s.append("&#13;");
                default -> {
                    if (c >= 0x20) {
                        s.append(c);
                    }
                }
            }
        }
    }
}

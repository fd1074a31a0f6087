package org.jianbao.template;

import static org.jianbao.template.WordXml.JB;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jianbao.template.TemplateCheck.TagKind;
import org.w3c.dom.Element;

/** Stage 3: writes the DOM back as literal XML between value, media and section nodes. */
final class NodeWriter {

    private final Map<Element, TagRef> refs;

    NodeWriter(Map<Element, TagRef> refs) {
        this.refs = refs;
    }

    final List<Node> nodes = new ArrayList<>();
    final StringBuilder literal = new StringBuilder();

    void visit(org.w3c.dom.Node n) {
        if (n instanceof Element e && JB.equals(e.getNamespaceURI())) {
            flush();
            TagRef ref = refs.get(e);
            if (e.getLocalName().equals("section")) {
                NodeWriter body = new NodeWriter(refs);
                for (org.w3c.dom.Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
                    body.visit(c);
                }
                nodes.add(new Node.Section(ref.spec(), ref.location(), ref.spec().kind() == TagKind.INVERTED_SECTION, body.finish()));
            } else if (ref.spec().kind() == TagKind.VALUE) {
                nodes.add(new Node.Value(ref.spec(), ref.location(), ref.runOpen(), ref.runClose(), ref.prefix()));
            } else if (ref.spec().kind() == TagKind.MEDIA) {
                nodes.add(new Node.Media(ref.spec(), ref.location(), ref.runOpen(), ref.runClose(), ref.prefix()));
            }
            // unpaired section tags were reported; they render as nothing
            return;
        }
        if (n instanceof Element e) {
            XmlText.openTag(e, literal);
            if (!e.hasChildNodes()) {
                literal.append("/>");
                return;
            }
            literal.append('>');
            for (org.w3c.dom.Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
                visit(c);
            }
            literal.append("</").append(e.getNodeName()).append('>');
            return;
        }
        XmlText.write(n, literal);
    }

    void flush() {
        if (!literal.isEmpty()) {
            nodes.add(new Node.Literal(literal.toString()));
            literal.setLength(0);
        }
    }

    List<Node> finish() {
        flush();
        return nodes;
    }
}

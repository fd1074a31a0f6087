package org.jianbao.template;

import static org.jianbao.template.WordXml.W;
import static org.jianbao.template.WordXml.elements;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.jianbao.template.TagLocation.Part;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Compiles one XML part (body, header or footer) into {@link Node}s, in three stages:
 * {@link TagScanner} (tags across runs → one placeholder each), {@link SectionWrapper} (pair sections, wrap what
 * they enclose), {@link NodeWriter} (DOM → literal XML between tags).
 */
final class PartCompiler {

    private final Document dom;
    private final Part part;
    private final int partIndex;
    private final List<TemplateCheck.Tag> tags;
    private final List<TemplateProblem> problems;

    PartCompiler(Document dom, Part part, int partIndex, List<TemplateCheck.Tag> tags, List<TemplateProblem> problems) {
        this.dom = dom;
        this.part = part;
        this.partIndex = partIndex;
        this.tags = tags;
        this.problems = problems;
    }

    List<Node> compile() {
        Map<Element, TagRef> refs = new IdentityHashMap<>();
        Map<Element, Integer> tableNumbers = new IdentityHashMap<>();
        NodeList tables = dom.getElementsByTagNameNS(W, "tbl");
        for (int i = 0; i < tables.getLength(); i++) {
            tableNumbers.put((Element) tables.item(i), i + 1);
        }
        TagScanner scanner = new TagScanner(dom, part, partIndex, refs, tableNumbers, tags, problems);
        List<Element> paragraphs = elements(dom.getElementsByTagNameNS(W, "p"));
        for (int i = 0; i < paragraphs.size(); i++) {
            scanner.scanParagraph(paragraphs.get(i), i + 1);
        }
        new SectionWrapper(dom, refs, problems).pairSections();
        NodeWriter out = new NodeWriter(refs);
        out.literal.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n");
        out.visit(dom.getDocumentElement());
        return out.finish();
    }
}

package org.jianbao.template;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.jianbao.template.TagLocation.Part;
import org.jianbao.template.TemplateCheck.TagKind;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Compiles one XML part (body, header or footer) into {@link Node}s, in three stages:
 * <ol>
 * <li>find the tags in each paragraph's joined run text, whatever Word put between the runs (proofing marks,
 * bookmarks, rsids, field characters, rendered page breaks), and move each tag into a run of its own that keeps the
 * formatting of the run where its {@code {{} stood; runs outside tags are not touched;</li>
 * <li>pair section tags and wrap what they enclose (runs, paragraphs and tables, or a table row);</li>
 * <li>write the DOM back as literal XML between the tags.</li>
 * </ol>
 */
final class PartCompiler {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String JB = "urn:jianbao:template";
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    /** Stands in the joined text for a tab, break or object: a tag cannot span one. */
    private static final char BARRIER = '\u0000';

    /** A tag found in the text, with where it is and the run it takes its formatting from. */
    private record TagRef(TagSpec spec, TagLocation location, String runOpen, String runClose, String prefix) {
    }

    private record Piece(Element text, int start, String value) {
    }

    private record Found(int start, int end, TagRef ref) {
    }

    private final Document dom;
    private final Part part;
    private final int partIndex;
    private final Map<Element, TagRef> refs = new IdentityHashMap<>();
    private final Map<Element, Integer> tableNumbers = new IdentityHashMap<>();
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
        NodeList tables = dom.getElementsByTagNameNS(W, "tbl");
        for (int i = 0; i < tables.getLength(); i++) {
            tableNumbers.put((Element) tables.item(i), i + 1);
        }
        List<Element> paragraphs = elements(dom.getElementsByTagNameNS(W, "p"));
        for (int i = 0; i < paragraphs.size(); i++) {
            scanParagraph(paragraphs.get(i), i + 1);
        }
        pairSections();
        NodeBuilder out = new NodeBuilder();
        out.literal.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n");
        out.visit(dom.getDocumentElement());
        return out.finish();
    }

    // ---- stage 1: find tags across runs -------------------------------------------------------------------

    private void scanParagraph(Element p, int number) {
        List<Piece> pieces = new ArrayList<>();
        StringBuilder joined = new StringBuilder();
        collectText(p, pieces, joined);
        // A Chinese input method types full-width braces; accept ｛｛name｝｝ as {{name}} (same length: offsets hold)
        String text = joined.toString().replace('｛', '{').replace('｝', '}');
        if (text.indexOf("{{") < 0) {
            return;
        }
        List<Found> found = new ArrayList<>();
        int pos = 0;
        for (int start = text.indexOf("{{", pos); start >= 0; start = text.indexOf("{{", pos)) {
            // "{{{x}}}": the tag starts at the last pair of braces
            while (start + 2 < text.length() && text.charAt(start + 2) == '{') {
                start++;
            }
            int end = text.indexOf("}}", start + 2);
            int nextOpen = text.indexOf("{{", start + 2);
            if (end < 0 || nextOpen >= 0 && nextOpen < end) {
                int stop = end < 0 ? text.length() : nextOpen;
                TagLocation loc = location(p, number, text, start, stop);
                String written = text.substring(start, Math.min(stop, start + 30)).replace(BARRIER, ' ');
                tags.add(new TemplateCheck.Tag(written, TagKind.MALFORMED, loc));
                problems.add(new TemplateProblem("tag.malformed", "'" + written + "' has '{{' without a closing '}}'", loc));
                if (end < 0) {
                    break;
                }
                pos = nextOpen;
                continue;
            }
            String tagText = text.substring(start, end + 2);
            TagLocation loc = location(p, number, text, start, end + 2);
            pos = end + 2;
            try {
                if (tagText.indexOf(BARRIER) >= 0) {
                    throw new IllegalArgumentException("a tab, line break or object interrupts the tag");
                }
                TagSpec spec = TagSpec.parse(tagText);
                tags.add(new TemplateCheck.Tag(tagText, spec.kind(), loc));
                found.add(new Found(start, end + 2, new TagRef(spec, loc, null, null, null)));
            } catch (IllegalArgumentException e) {
                String shown = tagText.replace(BARRIER, ' ');
                tags.add(new TemplateCheck.Tag(shown, TagKind.MALFORMED, loc));
                problems.add(new TemplateProblem("tag.malformed", shown + " is malformed: " + e.getMessage(), loc));
            }
        }
        if (!found.isEmpty()) {
            normalize(pieces, found);
        }
    }

    /** The w:t texts of the paragraph's own runs (not of paragraphs nested in text boxes), in order. */
    private static void collectText(Element p, List<Piece> pieces, StringBuilder joined) {
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

    private static void pushChildren(org.w3c.dom.Node n, Deque<org.w3c.dom.Node> todo) {
        for (org.w3c.dom.Node c = n.getLastChild(); c != null; c = c.getPreviousSibling()) {
            todo.push(c);
        }
    }

    private static boolean isRun(org.w3c.dom.Node n) {
        return n instanceof Element e && W.equals(e.getNamespaceURI()) && e.getLocalName().equals("r");
    }

    /** Gives every tag a run of its own (a jb:tag placeholder) and leaves the text around it where it was. */
    private void normalize(List<Piece> pieces, List<Found> found) {
        Map<Element, List<Piece>> byRun = new IdentityHashMap<>();
        List<Element> runs = new ArrayList<>();
        for (Piece piece : pieces) {
            int end = piece.start + piece.value.length();
            boolean overlaps = found.stream().anyMatch(f -> piece.start < f.end && f.start < end);
            if (overlaps) {
                Element run = (Element) piece.text.getParentNode();
                byRun.computeIfAbsent(run, r -> {
                    runs.add(r);
                    return new ArrayList<>();
                }).add(piece);
            }
        }
        for (Element run : runs) {
            rebuildRun(run, byRun.get(run), found);
        }
    }

    private void rebuildRun(Element run, List<Piece> pieces, List<Found> found) {
        Element rPr = null;
        for (org.w3c.dom.Node c = run.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && W.equals(e.getNamespaceURI()) && e.getLocalName().equals("rPr")) {
                rPr = e;
            }
        }
        Map<Element, Piece> pieceOf = new IdentityHashMap<>();
        pieces.forEach(p -> pieceOf.put(p.text, p));
        String prefix = run.getPrefix() == null ? "" : run.getPrefix() + ":";
        List<org.w3c.dom.Node> out = new ArrayList<>();
        Element current = null;
        for (org.w3c.dom.Node child : children(run)) {
            if (child == rPr) {
                continue;
            }
            Piece piece = child instanceof Element e ? pieceOf.get(e) : null;
            if (piece == null) {
                current = current != null ? current : emptyCopy(run, rPr);
                current.appendChild(child);
                continue;
            }
            String text = piece.value;
            int a = 0;
            while (a < text.length()) {
                int abs = piece.start + a;
                Found tag = covering(found, abs);
                if (tag == null) {
                    int next = text.length();
                    for (Found f : found) {
                        if (f.start > abs) {
                            next = Math.min(next, f.start - piece.start);
                        }
                    }
                    current = current != null ? current : emptyCopy(run, rPr);
                    Element t = dom.createElementNS(W, prefix + "t");
                    t.setAttributeNS(XML_NS, "xml:space", "preserve");
                    t.setTextContent(text.substring(a, next));
                    current.appendChild(t);
                    a = next;
                } else {
                    if (abs == tag.start) {
                        if (current != null) {
                            out.add(current);
                            current = null;
                        }
                        out.add(placeholder(tag.ref, run, rPr));
                    }
                    a = Math.min(text.length(), tag.end - piece.start);
                }
            }
        }
        if (current != null) {
            out.add(current);
        }
        org.w3c.dom.Node parent = run.getParentNode();
        for (org.w3c.dom.Node n : out) {
            parent.insertBefore(n, run);
        }
        parent.removeChild(run);
    }

    private static Found covering(List<Found> found, int pos) {
        for (Found f : found) {
            if (f.start <= pos && pos < f.end) {
                return f;
            }
        }
        return null;
    }

    private static Element emptyCopy(Element run, Element rPr) {
        Element copy = (Element) run.cloneNode(false);
        if (rPr != null) {
            copy.appendChild(rPr.cloneNode(true));
        }
        return copy;
    }

    private Element placeholder(TagRef found, Element run, Element rPr) {
        Element tag = dom.createElementNS(JB, "jb:tag");
        String runOpen = XmlText.startTag(run) + (rPr == null ? "" : XmlText.of(rPr));
        String prefix = run.getPrefix() == null ? "" : run.getPrefix();
        refs.put(tag, new TagRef(found.spec, found.location, runOpen, "</" + run.getNodeName() + ">", prefix));
        return tag;
    }

    private TagLocation location(Element p, int number, String text, int start, int end) {
        int from = Math.max(0, start - 15);
        int to = Math.min(text.length(), end + 15);
        String around = (from > 0 ? "…" : "") + text.substring(from, to).replace(BARRIER, ' ') + (to < text.length() ? "…" : "");
        Element cell = ancestor(p, "tc");
        if (cell == null) {
            return new TagLocation(part, partIndex, number, around, 0, 0, 0);
        }
        Element row = ancestor(cell, "tr");
        Element table = ancestor(cell, "tbl");
        return new TagLocation(part, partIndex, number, around, table == null ? 0 : tableNumbers.getOrDefault(table, 0),
                indexAmongSiblings(row), indexAmongSiblings(cell));
    }

    private static int indexAmongSiblings(Element e) {
        if (e == null) {
            return 0;
        }
        int i = 1;
        for (org.w3c.dom.Node s = e.getPreviousSibling(); s != null; s = s.getPreviousSibling()) {
            if (s instanceof Element se && se.getLocalName().equals(e.getLocalName())) {
                i++;
            }
        }
        return i;
    }

    // ---- stage 2: pair sections and wrap what they enclose --------------------------------------------------

    private void pairSections() {
        Deque<Element> open = new ArrayDeque<>();
        for (Element tag : elements(dom.getElementsByTagNameNS(JB, "tag"))) {
            TagRef ref = refs.get(tag);
            switch (ref.spec.kind()) {
                case SECTION, INVERTED_SECTION -> open.push(tag);
                case SECTION_END -> {
                    if (open.isEmpty()) {
                        problems.add(new TemplateProblem("section.unopened", ref.spec.text() + " closes a section that was never opened", ref.location));
                        continue;
                    }
                    Element opener = open.pop();
                    TagRef o = refs.get(opener);
                    if (!o.spec.name().equals(ref.spec.name())) {
                        problems.add(new TemplateProblem("section.mismatched", ref.spec.text() + " does not match "
                                + o.spec.text() + " (opened at " + o.location + ")", ref.location));
                        open.push(opener); // a stray close tag: the open section still waits for its own
                        continue;
                    }
                    wrap(opener, tag);
                }
                default -> {
                    // values and media stay where they are
                }
            }
        }
        for (Element tag : open) {
            TagRef ref = refs.get(tag);
            problems.add(new TemplateProblem("section.unclosed", ref.spec.text() + " is never closed (add {{/" + ref.spec.name() + "}})", ref.location));
        }
    }

    private void wrap(Element opener, Element closer) {
        TagRef ref = refs.get(opener);
        Element pOpen = ancestor(opener, "p");
        Element pClose = ancestor(closer, "p");
        Element row = ancestor(opener, "tr");
        if (row != null && isAncestor(row, closer)
                && !(ancestor(opener, "tc") == ancestor(closer, "tc") && pOpen != pClose)) {
            Element target = row;
            while (target.getParentNode() instanceof Element parent && JB.equals(parent.getNamespaceURI())) {
                target = parent;
            }
            remove(opener);
            remove(closer);
            Element section = section(opener);
            target.getParentNode().insertBefore(section, target);
            section.appendChild(target);
            return;
        }
        if (pOpen == pClose) {
            if (opener.getParentNode() != closer.getParentNode()) {
                problems.add(new TemplateProblem("section.split", ref.spec.text() + " and its {{/" + ref.spec.name()
                        + "}} stand at different levels of the paragraph (one inside a hyperlink or field?)", ref.location));
                return;
            }
            Element section = section(opener);
            opener.getParentNode().insertBefore(section, opener);
            moveBetween(opener, closer, section);
            remove(opener);
            remove(closer);
            return;
        }
        if (pOpen.getParentNode() != pClose.getParentNode()) {
            problems.add(new TemplateProblem("section.crosses", ref.spec.text() + " and {{/" + ref.spec.name()
                    + "}} (" + refs.get(closer).location + ") are not in the same container: a section must open and"
                    + " close in paragraphs side by side (body, one cell, header, footer) or in one table row", ref.location));
            return;
        }
        boolean alone = true;
        for (Element p : List.of(pOpen, pClose)) {
            StringBuilder text = new StringBuilder();
            collectText(p, new ArrayList<>(), text);
            Element tag = p == pOpen ? opener : closer;
            boolean otherTags = elements(p.getElementsByTagNameNS(JB, "tag")).stream().anyMatch(t -> t != tag);
            if (!text.toString().replace(BARRIER, ' ').isBlank() || otherTags) {
                TagRef r = refs.get(tag);
                problems.add(new TemplateProblem("section.not-alone", r.spec.text() + " shares its paragraph with other"
                        + " text; a section over paragraphs needs its tags in paragraphs of their own", r.location));
                alone = false;
            }
        }
        if (!alone) {
            return;
        }
        Element section = section(opener);
        pOpen.getParentNode().insertBefore(section, pOpen);
        moveBetween(pOpen, pClose, section);
        remove(pOpen);
        remove(closer);
        if (!mustEndWithParagraph(pClose)) {
            remove(pClose);
        }
    }

    /** A cell, header, footer or text box must end with a paragraph: keep the closing one there, emptied. */
    private static boolean mustEndWithParagraph(Element p) {
        org.w3c.dom.Node next = p.getNextSibling();
        while (next != null && !(next instanceof Element)) {
            next = next.getNextSibling();
        }
        if (next != null) {
            return false;
        }
        String container = p.getParentNode().getLocalName();
        return List.of("tc", "hdr", "ftr", "txbxContent").contains(container);
    }

    private Element section(Element opener) {
        Element section = dom.createElementNS(JB, "jb:section");
        refs.put(section, refs.get(opener));
        return section;
    }

    private static void moveBetween(org.w3c.dom.Node from, org.w3c.dom.Node to, Element into) {
        for (org.w3c.dom.Node n = from.getNextSibling(); n != null && n != to; n = from.getNextSibling()) {
            into.appendChild(n);
        }
    }

    private static void remove(org.w3c.dom.Node n) {
        n.getParentNode().removeChild(n);
    }

    private static boolean isAncestor(Element ancestor, org.w3c.dom.Node n) {
        for (org.w3c.dom.Node a = n.getParentNode(); a != null; a = a.getParentNode()) {
            if (a == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static Element ancestor(org.w3c.dom.Node n, String wName) {
        for (org.w3c.dom.Node a = n.getParentNode(); a != null; a = a.getParentNode()) {
            if (a instanceof Element e && W.equals(e.getNamespaceURI()) && e.getLocalName().equals(wName)) {
                return e;
            }
        }
        return null;
    }

    private static List<Element> elements(NodeList list) {
        List<Element> out = new ArrayList<>(list.getLength());
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    private static List<org.w3c.dom.Node> children(Element e) {
        List<org.w3c.dom.Node> out = new ArrayList<>();
        for (org.w3c.dom.Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            out.add(c);
        }
        return out;
    }

    // ---- stage 3: DOM back to literal XML between tags ------------------------------------------------------

    private final class NodeBuilder {
        final List<Node> nodes = new ArrayList<>();
        final StringBuilder literal = new StringBuilder();

        void visit(org.w3c.dom.Node n) {
            if (n instanceof Element e && JB.equals(e.getNamespaceURI())) {
                flush();
                TagRef ref = refs.get(e);
                if (e.getLocalName().equals("section")) {
                    NodeBuilder body = new NodeBuilder();
                    for (org.w3c.dom.Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
                        body.visit(c);
                    }
                    nodes.add(new Node.Section(ref.spec, ref.location, ref.spec.kind() == TagKind.INVERTED_SECTION, body.finish()));
                } else if (ref.spec.kind() == TagKind.VALUE) {
                    nodes.add(new Node.Value(ref.spec, ref.location, ref.runOpen, ref.runClose, ref.prefix));
                } else if (ref.spec.kind() == TagKind.MEDIA) {
                    nodes.add(new Node.Media(ref.spec, ref.location, ref.runOpen, ref.runClose, ref.prefix));
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
}

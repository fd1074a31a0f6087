package org.jianbao.template;

import static org.jianbao.template.WordXml.BARRIER;
import static org.jianbao.template.WordXml.JB;
import static org.jianbao.template.WordXml.W;
import static org.jianbao.template.WordXml.XML_NS;
import static org.jianbao.template.WordXml.ancestor;
import static org.jianbao.template.WordXml.children;
import static org.jianbao.template.WordXml.collectText;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.jianbao.template.TagLocation.Part;
import org.jianbao.template.TemplateCheck.TagKind;
import org.jianbao.template.WordXml.Piece;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Stage 1: finds the tags in a paragraph's joined run text, whatever Word put between the runs (proofing marks,
 * bookmarks, rsids, field characters, rendered page breaks), and moves each tag into a placeholder of its own
 * that keeps the formatting of the run where its {@code {{} stood. Runs that hold no part of a tag are not touched.
 */
final class TagScanner {

    private record Found(int start, int end, TagRef ref) {
    }

    private final Document dom;
    private final Part part;
    private final int partIndex;
    private final Map<Element, TagRef> refs;
    private final Map<Element, Integer> tableNumbers;
    private final List<TemplateCheck.Tag> tags;
    private final List<TemplateProblem> problems;

    TagScanner(Document dom, Part part, int partIndex, Map<Element, TagRef> refs, Map<Element, Integer> tableNumbers,
            List<TemplateCheck.Tag> tags, List<TemplateProblem> problems) {
        this.dom = dom;
        this.part = part;
        this.partIndex = partIndex;
        this.refs = refs;
        this.tableNumbers = tableNumbers;
        this.tags = tags;
        this.problems = problems;
    }

    void scanParagraph(Element p, int number) {
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

    /** Gives every tag a run of its own (a jb:tag placeholder) and leaves the text around it where it was. */
    private void normalize(List<Piece> pieces, List<Found> found) {
        Map<Element, List<Piece>> byRun = new IdentityHashMap<>();
        List<Element> runs = new ArrayList<>();
        for (Piece piece : pieces) {
            int end = piece.start() + piece.value().length();
            boolean overlaps = found.stream().anyMatch(f -> piece.start() < f.end() && f.start() < end);
            if (overlaps) {
                Element run = (Element) piece.text().getParentNode();
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
        pieces.forEach(p -> pieceOf.put(p.text(), p));
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
            String text = piece.value();
            int a = 0;
            while (a < text.length()) {
                int abs = piece.start() + a;
                Found tag = covering(found, abs);
                if (tag == null) {
                    int next = text.length();
                    for (Found f : found) {
                        if (f.start() > abs) {
                            next = Math.min(next, f.start() - piece.start());
                        }
                    }
                    current = current != null ? current : emptyCopy(run, rPr);
                    Element t = dom.createElementNS(W, prefix + "t");
                    t.setAttributeNS(XML_NS, "xml:space", "preserve");
                    t.setTextContent(text.substring(a, next));
                    current.appendChild(t);
                    a = next;
                } else {
                    if (abs == tag.start()) {
                        if (current != null) {
                            out.add(current);
                            current = null;
                        }
                        out.add(placeholder(tag.ref(), run, rPr));
                    }
                    a = Math.min(text.length(), tag.end() - piece.start());
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
            if (f.start() <= pos && pos < f.end()) {
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
        refs.put(tag, new TagRef(found.spec(), found.location(), runOpen, "</" + run.getNodeName() + ">", prefix));
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
}

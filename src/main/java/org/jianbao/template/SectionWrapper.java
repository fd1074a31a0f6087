package org.jianbao.template;

import static org.jianbao.template.WordXml.BARRIER;
import static org.jianbao.template.WordXml.JB;
import static org.jianbao.template.WordXml.ancestor;
import static org.jianbao.template.WordXml.collectText;
import static org.jianbao.template.WordXml.elements;
import static org.jianbao.template.WordXml.isAncestor;
import static org.jianbao.template.WordXml.moveBetween;
import static org.jianbao.template.WordXml.remove;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Stage 2: pairs section tags and wraps what they enclose in a jb:section element — a table row (both tags in one
 * row), the paragraphs and tables between two tag paragraphs, or the runs between two tags in one paragraph.
 */
final class SectionWrapper {

    private final Document dom;
    private final Map<Element, TagRef> refs;
    private final List<TemplateProblem> problems;

    SectionWrapper(Document dom, Map<Element, TagRef> refs, List<TemplateProblem> problems) {
        this.dom = dom;
        this.refs = refs;
        this.problems = problems;
    }

    void pairSections() {
        Deque<Element> open = new ArrayDeque<>();
        for (Element tag : elements(dom.getElementsByTagNameNS(JB, "tag"))) {
            TagRef ref = refs.get(tag);
            switch (ref.spec().kind()) {
                case SECTION, INVERTED_SECTION -> open.push(tag);
                case SECTION_END -> {
                    if (open.isEmpty()) {
                        problems.add(new TemplateProblem("section.unopened", ref.spec().text() + " closes a section that was never opened", ref.location()));
                        continue;
                    }
                    Element opener = open.pop();
                    TagRef o = refs.get(opener);
                    if (!o.spec().name().equals(ref.spec().name())) {
                        problems.add(new TemplateProblem("section.mismatched", ref.spec().text() + " does not match "
                                + o.spec().text() + " (opened at " + o.location() + ")", ref.location()));
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
            problems.add(new TemplateProblem("section.unclosed", ref.spec().text() + " is never closed (add {{/" + ref.spec().name() + "}})", ref.location()));
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
                problems.add(new TemplateProblem("section.split", ref.spec().text() + " and its {{/" + ref.spec().name()
                        + "}} stand at different levels of the paragraph (one inside a hyperlink or field?)", ref.location()));
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
            problems.add(new TemplateProblem("section.crosses", ref.spec().text() + " and {{/" + ref.spec().name()
                    + "}} (" + refs.get(closer).location() + ") are not in the same container: a section must open and"
                    + " close in paragraphs side by side (body, one cell, header, footer) or in one table row", ref.location()));
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
                problems.add(new TemplateProblem("section.not-alone", r.spec().text() + " shares its paragraph with other"
                        + " text; a section over paragraphs needs its tags in paragraphs of their own", r.location()));
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
}

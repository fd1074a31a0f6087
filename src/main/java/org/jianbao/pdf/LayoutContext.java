package org.jianbao.pdf;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What laying out one part of a document needs: fonts, styles, the part whose relationships resolve pictures,
 * the section's grid, and page numbers for PAGE/NUMPAGES fields (0 in the body, where they are unknown).
 */
final class LayoutContext {

    final FontLibrary fonts;
    final Styles styles;
    final List<String> warnings;
    final Set<FontResolution> used;
    final float defaultTab;
    final WordPackage pkg;
    /** The part being laid out: its relationships resolve pictures and charts. */
    WordPackage.Part part;
    float gridPitch;
    int page;
    int numPages;
    String tableStyle;
    /** Footnotes and endnotes referenced so far, in order: {kind, id, number}. */
    final java.util.List<String[]> notes = new java.util.ArrayList<>();
    /** The number of the note being laid out (its w:footnoteRef mark), or null. */
    String currentNote;
    /** Block content of text boxes met while laying out a paragraph, drawn after it. */
    final java.util.List<org.w3c.dom.Element> textBoxes = new java.util.ArrayList<>();
    /** Anchors {@link TextBox} placed before their paragraph was laid out: the paragraph skips them. */
    final Set<org.w3c.dom.Element> placed = new java.util.HashSet<>();
    /** The band beside a shape that text wraps around (square, tight, through) still ahead in the flow, or null. */
    WrapBand wrapBand;

    /**
     * Room taken from the lines beside a shape, for {@code height} points of text flow from the top of the anchor
     * paragraph: the lines start at {@code cutLeft} from the column's left edge, or end {@code cutRight} before
     * its right edge.
     */
    record WrapBand(float height, float cutLeft, float cutRight) {
    }
    /** List numbering state of this render (numbering.xml); never null. */
    ListNumbering numbering;
    boolean inTableCell;

    LayoutContext(WordPackage pkg, FontLibrary fonts, Styles styles, List<String> warnings, float defaultTab) {
        this.pkg = pkg;
        this.fonts = fonts;
        this.styles = styles;
        this.warnings = warnings;
        this.used = new LinkedHashSet<>();
        this.defaultTab = defaultTab;
    }

    void warn(String message) {
        if (!warnings.contains(message)) {
            warnings.add(message);
        }
    }
}

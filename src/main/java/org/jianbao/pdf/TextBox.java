package org.jianbao.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Element;

/**
 * An anchored DrawingML text box ({@code wps:txbx}) or a picture that text wraps around, at its position.
 * Relative to the paragraph (or line) it stands where its anchor paragraph starts: with top-and-bottom wrap it is
 * a band in the text flow (the text continues below it); with square, tight or through wrap the lines beside it
 * are narrowed to the side with more room ({@link LayoutContext.WrapBand}); in front of or behind the text
 * (wrapNone) it takes no room. Relative to the page or the margins, it stands at its place on the page and takes
 * no room.
 */
final class TextBox {

    private static final float EMU_PER_PT = 12700f;

    private TextBox() {
    }

    /**
     * Whether {@link #layout} places this {@code wp:anchor}: a text box, or a picture that text wraps around
     * (pictures in front of or behind the text are {@link InlineObject.Floating}).
     */
    static boolean places(Element anchor) {
        if (!Wml.descendants(anchor, "txbxContent").isEmpty()) {
            return true;
        }
        // behindDoc only counts without wrapping (LibreOffice writes behindDoc="1" on wrapped shapes too)
        boolean wrapped = Wml.child(anchor, "wrapSquare") != null || Wml.child(anchor, "wrapTight") != null
                || Wml.child(anchor, "wrapThrough") != null || Wml.child(anchor, "wrapTopAndBottom") != null;
        return wrapped && !Wml.descendants(anchor, "blip").isEmpty() && Wml.descendants(anchor, "chart").isEmpty();
    }

    /**
     * @param holder the {@code wp:anchor} (or {@code wp:inline}) holding the shape
     * @return a block to put before the anchor paragraph, or null when the shape has no size or nothing to show
     */
    static Block layout(Element holder, PageSetup setup, LayoutContext ctx) {
        Element content = Wml.descendants(holder, "txbxContent").stream().findFirst().orElse(null);
        byte[] picture = content == null ? picture(holder, ctx) : null;
        if (content == null && picture == null) {
            return null;
        }
        Element extent = Wml.child(holder, "extent");
        Long cx = Wml.longAttr(extent, "cx");
        Long cy = Wml.longAttr(extent, "cy");
        if (cx == null || cy == null || cx <= 0) {
            return null;
        }
        float w = cx / EMU_PER_PT;
        float h = Math.max(0, cy / EMU_PER_PT);
        Element wsp = Wml.descendants(holder, "wsp").stream().findFirst().orElse(null);
        Element bodyPr = Wml.child(wsp, "bodyPr");
        boolean box = content != null;
        float lIns = box ? inset(bodyPr, "lIns", 7.2f) : 0;
        float rIns = box ? inset(bodyPr, "rIns", 7.2f) : 0;
        float tIns = box ? inset(bodyPr, "tIns", 3.6f) : 0;
        float bIns = box ? inset(bodyPr, "bIns", 3.6f) : 0;
        Element spPr = Wml.child(wsp, "spPr");
        Color fill = colour(Wml.child(spPr, "solidFill"));
        Element ln = Wml.child(spPr, "ln");
        Color line = ln == null || Wml.child(ln, "noFill") != null ? null : colour(Wml.child(ln, "solidFill"));
        float lineWidth = ln == null || Wml.longAttr(ln, "w") == null ? 0.75f : Math.max(0.25f, Wml.longAttr(ln, "w") / EMU_PER_PT);

        List<Element> elements = new ArrayList<>();
        if (content != null) {
            DocxPdfRenderer.flatten(content, elements);
        }
        List<Slice> slices = new ArrayList<>();
        LayoutContext.WrapBand outside = ctx.wrapBand;
        ctx.wrapBand = null; // a band beside another shape does not narrow this box's lines
        try {
            for (Element e : elements) {
                float inner = Math.max(1, w - lIns - rIns);
                if ("p".equals(e.getLocalName())) {
                    slices.addAll(ParagraphLayout.layout(e, inner, ctx, false).slices());
                } else if ("tbl".equals(e.getLocalName())) {
                    slices.addAll(TableLayout.layout(e, inner, ctx, false).slices());
                }
            }
        } finally {
            ctx.wrapBand = outside;
        }
        if (bodyPr != null && Wml.child(bodyPr, "spAutoFit") != null) {
            h = Math.max(h, tIns + Block.height(slices) + bIns); // "resize shape to fit text"
        }

        boolean inline = "inline".equals(holder.getLocalName());
        Element ph = Wml.child(holder, "positionH");
        Element pv = Wml.child(holder, "positionV");
        String hFrom = ph == null ? "column" : ph.getAttribute("relativeFrom");
        String vFrom = pv == null ? "paragraph" : pv.getAttribute("relativeFrom");
        // x from the column's left edge
        float areaLeft = switch (hFrom) {
            case "page" -> -setup.left();
            case "leftMargin", "insideMargin" -> -setup.left();
            case "rightMargin", "outsideMargin" -> setup.bodyWidth();
            default -> 0;
        };
        float areaWidth = switch (hFrom) {
            case "page" -> setup.width();
            case "leftMargin", "insideMargin" -> setup.left();
            case "rightMargin", "outsideMargin" -> setup.width() - setup.left() - setup.bodyWidth();
            default -> setup.bodyWidth();
        };
        String hAlign = text(Wml.child(ph, "align"));
        // aligned left or right, the wrap distance stays inside the area (measured in LibreOffice: a right-aligned
        // box ends distR before the column's edge)
        float dx = inline ? 0 : hAlign == null ? areaLeft + offset(ph)
                : switch (hAlign) {
                    case "right", "outside" -> areaLeft + areaWidth - w - dist(holder, "distR");
                    case "center" -> areaLeft + (areaWidth - w) / 2;
                    default -> areaLeft + dist(holder, "distL");
                };
        boolean onPage = !inline && !vFrom.equals("paragraph") && !vFrom.equals("line");
        boolean wraps = inline || Wml.child(holder, "wrapNone") == null;
        Float pageY = null;
        float dy = 0;
        if (onPage) {
            String vAlign = text(Wml.child(pv, "align"));
            float areaTop = switch (vFrom) {
                case "page", "topMargin" -> 0;
                case "bottomMargin" -> setup.bodyBottom();
                default -> setup.bodyTop();
            };
            float areaHeight = switch (vFrom) {
                case "page" -> setup.height();
                case "topMargin" -> setup.bodyTop();
                case "bottomMargin" -> setup.height() - setup.bodyBottom();
                default -> setup.bodyBottom() - setup.bodyTop();
            };
            pageY = vAlign == null ? areaTop + offset(pv)
                    : switch (vAlign) {
                        case "bottom", "outside" -> areaTop + areaHeight - h;
                        case "center" -> areaTop + (areaHeight - h) / 2;
                        default -> areaTop;
                    };
            if (wraps) {
                ctx.warn("text does not wrap around text boxes placed relative to the page or margins");
            }
        } else if (!inline) {
            dy = Math.max(0, offset(pv));
        }
        float distB = dist(holder, "distB");
        boolean beside = !inline && (Wml.child(holder, "wrapSquare") != null || Wml.child(holder, "wrapTight") != null
                || Wml.child(holder, "wrapThrough") != null);
        float band = onPage || !wraps || beside ? 0 : dy + h + distB;
        if (beside && !onPage) {
            // the lines beside the shape keep to the wider side of it
            float boxLeft = dx - dist(holder, "distL");
            float boxRight = dx + w + dist(holder, "distR");
            float roomLeft = Math.max(0, boxLeft);
            float roomRight = Math.max(0, setup.bodyWidth() - boxRight);
            ctx.wrapBand = roomLeft >= roomRight
                    ? new LayoutContext.WrapBand(dy + h + distB, 0, setup.bodyWidth() - roomLeft)
                    : new LayoutContext.WrapBand(dy + h + distB, boxRight, 0);
        }
        BoxSlice slice = new BoxSlice(dx, dy, pageY, w, h, band, lIns, tIns, slices, fill, line, lineWidth, picture);
        return new Block.Para(List.of(slice), false, false, false, false);
    }

    private static float dist(Element holder, String name) {
        Long v = holder.hasAttribute(name) ? Wml.longAttr(holder, name) : null;
        return v == null ? 0 : v / EMU_PER_PT;
    }

    private static byte[] picture(Element holder, LayoutContext ctx) {
        for (Element e : Wml.descendants(holder, "blip")) {
            byte[] picture = ctx.pkg.relatedBytes(ctx.part, Wml.attrNs(e, Wml.R, "embed"));
            if (picture != null) {
                return picture;
            }
        }
        return null;
    }

    /**
     * The box, drawn from its band's top ({@code dy} below it) or at {@code pageY} from the page top.
     *
     * @param band the room it takes in the text flow (0 for boxes in front of or behind the text, or on the page)
     */
    record BoxSlice(float dx, float dy, Float pageY, float width, float boxHeight, float band, float left, float top,
            List<Slice> content, Color fill, Color line, float lineWidth, byte[] picture) implements Slice {

        @Override
        public float height() {
            return band;
        }

        @Override
        public float trailing() {
            return 0;
        }

        @Override
        public boolean pageBreakAfter() {
            return false;
        }

        @Override
        public void draw(Painter p, float x, float yTop) {
            float bx = x + dx;
            float by = pageY != null ? pageY : yTop + dy;
            if (picture != null) {
                p.picture(picture, bx, by, width, boxHeight);
            }
            if (fill != null) {
                p.fill(bx, by, width, boxHeight, fill);
            }
            if (line != null) {
                Border b = new Border(lineWidth, 0, line, false);
                p.rule(bx, bx + width, by, b);
                p.rule(bx, bx + width, by + boxHeight, b);
                var cb = p.content();
                cb.setLineWidth(lineWidth);
                cb.setColorStroke(line);
                cb.moveTo(bx, p.pdfY(by));
                cb.lineTo(bx, p.pdfY(by + boxHeight));
                cb.moveTo(bx + width, p.pdfY(by));
                cb.lineTo(bx + width, p.pdfY(by + boxHeight));
                cb.stroke();
            }
            float y = by + top;
            for (Slice s : content) {
                s.draw(p, bx + left, y);
                y += s.height();
            }
        }
    }

    private static float inset(Element bodyPr, String name, float fallback) {
        Long v = bodyPr == null || !bodyPr.hasAttribute(name) ? null : Wml.longAttr(bodyPr, name);
        return v == null ? fallback : v / EMU_PER_PT;
    }

    private static Color colour(Element solidFill) {
        Element rgb = Wml.child(solidFill, "srgbClr");
        return rgb == null ? null : Wml.color(rgb.getAttribute("val"));
    }

    private static String text(Element e) {
        return e == null ? null : Wml.text(e).trim();
    }

    private static float offset(Element position) {
        Element off = Wml.child(position, "posOffset");
        if (off == null) {
            return 0;
        }
        try {
            return Long.parseLong(Wml.text(off).trim()) / EMU_PER_PT;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}

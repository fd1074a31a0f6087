package org.jianbao.pdf;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.lowagie.text.pdf.BaseFont;

/**
 * Advance widths per font and Basic Multilingual Plane character, remembered across renders: OpenPDF's
 * {@code charExists}/{@code getWidth} box and look up the cmap on every call, the hottest path in layout.
 * Racy writes are harmless (every thread writes the same value).
 */
final class GlyphWidths {

    private static final float UNKNOWN = Float.NaN;
    private static final float MISSING = -1f;
    private static final Map<BaseFont, float[]> CACHE = new ConcurrentHashMap<>();

    private GlyphWidths() {
    }

    /** Advance in points, or a negative number when the font has no glyph for the character. */
    static float width(BaseFont font, int cp, float size) {
        if (cp > 0xFFFF) {
            return font.charExists(cp) ? font.getWidthPoint(cp, size) : MISSING;
        }
        float[] table = CACHE.computeIfAbsent(font, f -> {
            float[] t = new float[0x10000];
            Arrays.fill(t, UNKNOWN);
            return t;
        });
        float w = table[cp];
        if (Float.isNaN(w)) {
            w = font.charExists(cp) ? font.getWidth(cp) : MISSING;
            table[cp] = w;
        }
        return w < 0 ? MISSING : w * size / 1000f;
    }
}

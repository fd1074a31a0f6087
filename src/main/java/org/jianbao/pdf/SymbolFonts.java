package org.jianbao.pdf;

import java.util.Locale;

/**
 * Symbol-font characters as Unicode. Word stores a character of the Symbol or Wingdings font as its code in
 * that font, usually moved into the private use area (U+F020–U+F0FF, as {@code w:sym} and list bullets do), and a
 * PDF drawn with a real font would show the wrong glyph or none. These tables give the Unicode character the
 * symbol font draws, for the characters documents use (bullets, check marks, arrows, Greek and maths).
 */
final class SymbolFonts {

    private SymbolFonts() {
    }

    /** Adobe Symbol encoding, 0x20–0x7E. */
    private static final String SYMBOL_LOW = " !∀#∃%&∋()∗+,−./0123456789:;<=>?≅ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ[∴]⊥_"
            + "‾αβχδεφγηιϕκλμνοπθρστυϖωξψζ{|}∼";
    /** Adobe Symbol encoding, 0xA0–0xFF (0xF0 is undefined, kept as a space). */
    private static final String SYMBOL_HIGH = "€ϒ′≤⁄∞ƒ♣♦♥♠↔←↑→↓°±″≥×∝∂•÷≠≡≈…⏐⎯↵ℵℑℜ℘⊗⊕∅∩∪⊃⊇⊄⊂⊆∈∉∠∇®©™∏√⋅¬∧∨⇔⇐⇑⇒⇓"
            + "◊〈®©™∑⎛⎜⎝⎡⎢⎣⎧⎨⎩⎪ 〉∫⌠⎮⌡⎞⎟⎠⎤⎥⎦⎫⎬⎭ ";

    /** Wingdings characters offices use (bullets, boxes, check marks, arrows, hands, pens). */
    private static int wingdings(int code) {
        return switch (code) {
            case 0x21 -> '✏';
            case 0x22 -> '✂';
            case 0x28 -> '☎';
            case 0x2A -> '✉';
            case 0x3F -> '✍';
            case 0x41 -> '✌';
            case 0x43 -> '👍';
            case 0x45 -> '☞';
            case 0x46 -> '☜';
            case 0x4A -> '☺';
            case 0x4B -> '😐';
            case 0x4C -> '☹';
            case 0x52 -> '☼';
            case 0x54 -> '❄';
            case 0x58 -> '✠';
            case 0x5B -> '☯';
            case 0x6C -> '●';
            case 0x6D -> '❍';
            case 0x6E -> '■';
            case 0x6F -> '□';
            case 0x70 -> '◻';
            case 0x71 -> '❑';
            case 0x72 -> '❒';
            case 0x73 -> '⬧';
            case 0x74 -> '⧫';
            case 0x75 -> '◆';
            case 0x76 -> '❖';
            case 0x77 -> '⬥';
            case 0x78 -> '⌧';
            case 0x9F -> '•';
            case 0xA1 -> '○';
            case 0xA4 -> '◉';
            case 0xA7 -> '▪';
            case 0xA8 -> '◻';
            case 0xAB -> '★';
            case 0xD8 -> '➢';
            case 0xDF -> '⇦';
            case 0xE0 -> '⇨';
            case 0xE8 -> '➔';
            case 0xEF -> '⇦';
            case 0xF0 -> '⇨';
            case 0xF1 -> '⇧';
            case 0xF2 -> '⇩';
            case 0xFB -> '✗';
            case 0xFC -> '✓';
            case 0xFD -> '☒';
            case 0xFE -> '☑';
            default -> {
                if (code >= 0x81 && code <= 0x8A) {
                    yield "①②③④⑤⑥⑦⑧⑨⑩".charAt(code - 0x81);
                }
                if (code >= 0x8C && code <= 0x95) {
                    yield "➊➋➌➍➎➏➐➑➒➓".charAt(code - 0x8C);
                }
                yield -1;
            }
        };
    }

    /**
     * Wingdings 2 characters offices use: pens, check boxes, circled numbers, bullets and squares (its own
     * layout, not Wingdings': 0x81 is a circle there, ① here would be wrong).
     */
    private static int wingdings2(int code) {
        return switch (code) {
            case 0x21 -> '✎';
            case 0x25 -> '✄';
            case 0x4F -> '✗';
            case 0x50 -> '✓';
            case 0x51 -> '✗';
            case 0x52 -> '☑';
            case 0x53 -> '☒';
            case 0x54 -> '☒';
            case 0x80 -> '☉';
            case 0x81 -> '○';
            case 0x95 -> '⋅';
            case 0x96, 0x97 -> '•';
            case 0x98 -> '●';
            case 0x99 -> '○';
            case 0x9D -> '⊙';
            case 0x9E -> '◉';
            case 0xA1 -> '◾';
            case 0xA2 -> '■';
            case 0xA3 -> '□';
            case 0xA8 -> '▣';
            case 0xAF -> '◇';
            case 0xB1 -> '◈';
            case 0xB8 -> '◊';
            case 0xEB -> '✶';
            case 0xF0 -> '✹';
            case 0xF3 -> '✯';
            case 0xF8 -> '※';
            default -> {
                if (code >= 0x69 && code <= 0x73) {
                    yield code == 0x69 ? '⓪' : "①②③④⑤⑥⑦⑧⑨⑩".charAt(code - 0x6A);
                }
                if (code >= 0x75 && code <= 0x7E) {
                    yield "❶❷❸❹❺❻❼❽❾❿".charAt(code - 0x75);
                }
                yield -1;
            }
        };
    }

    /** Whether this document font is a symbol font whose codes need mapping. */
    static boolean isSymbolFont(String font) {
        if (font == null) {
            return false;
        }
        String f = font.toLowerCase(Locale.ROOT).trim();
        return f.equals("symbol") || f.startsWith("wingdings") || f.equals("webdings");
    }

    /**
     * The Unicode character for a code of a symbol font (given as 0x20–0xFF or in U+F020–U+F0FF), or -1 when the
     * table does not know it.
     */
    static int toUnicode(String font, int cp) {
        int code = cp >= 0xF000 && cp <= 0xF0FF ? cp - 0xF000 : cp;
        if (code < 0x20 || code > 0xFF) {
            return -1;
        }
        String f = font == null ? "symbol" : font.toLowerCase(Locale.ROOT).trim();
        if (f.equals("wingdings 2")) {
            return wingdings2(code);
        }
        if (f.equals("wingdings 3")) {
            return -1; // arrows and triangles in a layout of its own: left out with a warning, never a wrong glyph
        }
        if (f.startsWith("wingdings") || f.equals("webdings")) {
            return wingdings(code);
        }
        if (code <= 0x7E) {
            return SYMBOL_LOW.codePointAt(SYMBOL_LOW.offsetByCodePoints(0, code - 0x20));
        }
        if (code >= 0xA0) {
            int mapped = SYMBOL_HIGH.codePointAt(SYMBOL_HIGH.offsetByCodePoints(0, code - 0xA0));
            return mapped == ' ' && code != 0xA0 ? -1 : mapped;
        }
        return -1;
    }

    /** A code point that is no character to draw: C0/C1 controls other than tab, line feed and carriage return. */
    static boolean isControl(int cp) {
        return cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r' || cp >= 0x7F && cp <= 0x9F;
    }

    static boolean isPrivateUse(int cp) {
        return cp >= 0xE000 && cp <= 0xF8FF || cp >= 0xF0000 && cp <= 0x10FFFF;
    }
}

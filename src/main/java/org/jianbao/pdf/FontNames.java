package org.jianbao.pdf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the names inside a TrueType/OpenType font or collection (the {@code name} table) without loading the
 * font, so scanning a fonts folder of large CJK files stays cheap.
 */
final class FontNames {

    private FontNames() {
    }

    /** One face per font in the file (one for .ttf/.otf, several for .ttc). */
    static List<FontFace> read(SeekableByteChannel ch, String source) throws IOException {
        ByteBuffer head = readAt(ch, 0, 12);
        int tag = head.getInt(0);
        List<FontFace> faces = new ArrayList<>();
        if (tag == 0x74746366) { // 'ttcf'
            int count = head.getInt(8);
            ByteBuffer offsets = readAt(ch, 12, 4 * Math.min(count, 64));
            for (int i = 0; i < Math.min(count, 64); i++) {
                faces.add(readFace(ch, source, i, offsets.getInt(i * 4) & 0xffffffffL));
            }
        } else {
            faces.add(readFace(ch, source, -1, 0));
        }
        return faces;
    }

    private static FontFace readFace(SeekableByteChannel ch, String source, int index, long offset) throws IOException {
        ByteBuffer dir = readAt(ch, offset, 12);
        int numTables = dir.getShort(4) & 0xffff;
        ByteBuffer records = readAt(ch, offset + 12, numTables * 16);
        long nameOffset = -1;
        int nameLength = 0;
        boolean cff = false;
        for (int t = 0; t < numTables; t++) {
            int tableTag = records.getInt(t * 16);
            if (tableTag == 0x6e616d65) { // 'name'
                nameOffset = records.getInt(t * 16 + 8) & 0xffffffffL;
                nameLength = records.getInt(t * 16 + 12);
            } else if (tableTag == 0x43464620 || tableTag == 0x43464632) { // 'CFF ', 'CFF2'
                cff = true;
            }
        }
        Set<String> names = new LinkedHashSet<>();
        String fullName = null;
        String subfamily = "";
        if (nameOffset >= 0) {
            ByteBuffer name = readAt(ch, nameOffset, nameLength);
            int count = name.getShort(2) & 0xffff;
            int strings = name.getShort(4) & 0xffff;
            for (int r = 0; r < count; r++) {
                int base = 6 + r * 12;
                if (base + 12 > name.limit()) {
                    break;
                }
                int platform = name.getShort(base) & 0xffff;
                int language = name.getShort(base + 4) & 0xffff;
                int nameId = name.getShort(base + 6) & 0xffff;
                int len = name.getShort(base + 8) & 0xffff;
                int off = name.getShort(base + 10) & 0xffff;
                if (nameId != 1 && nameId != 2 && nameId != 4 && nameId != 16 && nameId != 6) {
                    continue;
                }
                if (strings + off + len > name.limit()) {
                    continue;
                }
                byte[] bytes = new byte[len];
                name.get(strings + off, bytes);
                String value = platform == 1 ? new String(bytes, StandardCharsets.ISO_8859_1)
                        : new String(bytes, StandardCharsets.UTF_16BE);
                value = value.trim();
                if (value.isEmpty()) {
                    continue;
                }
                if (nameId == 2) {
                    if (platform == 3 && language == 0x409 || subfamily.isEmpty()) {
                        subfamily = value;
                    }
                    continue;
                }
                names.add(value.toLowerCase(Locale.ROOT));
                if (nameId == 4 && (fullName == null || platform == 3 && language == 0x409)) {
                    fullName = value;
                }
            }
        }
        if (fullName == null) {
            fullName = names.isEmpty() ? source : names.iterator().next();
        }
        String sub = subfamily.toLowerCase(Locale.ROOT);
        boolean bold = sub.contains("bold") || sub.contains("heavy") || sub.contains("black");
        return new FontFace(source, index, fullName, Set.copyOf(names), bold, cff);
    }

    /**
     * Whether the face at {@code index} of this file maps the code point to a glyph, read from its {@code cmap}
     * table alone (formats 4 and 12): what the last-resort fallback asks of every font without loading one.
     */
    static boolean covers(SeekableByteChannel ch, int index, int codePoint) throws IOException {
        long offset = 0;
        ByteBuffer head = readAt(ch, 0, 12);
        if (head.getInt(0) == 0x74746366) { // 'ttcf'
            int count = head.getInt(8);
            if (index < 0 || index >= count) {
                index = 0;
            }
            offset = readAt(ch, 12 + 4L * index, 4).getInt(0) & 0xffffffffL;
        }
        ByteBuffer dir = readAt(ch, offset, 12);
        int numTables = dir.getShort(4) & 0xffff;
        ByteBuffer records = readAt(ch, offset + 12, numTables * 16);
        long cmap = -1;
        for (int t = 0; t < numTables; t++) {
            if (records.getInt(t * 16) == 0x636d6170) { // 'cmap'
                cmap = records.getInt(t * 16 + 8) & 0xffffffffL;
            }
        }
        if (cmap < 0) {
            return false;
        }
        ByteBuffer header = readAt(ch, cmap, 4);
        int subtables = header.getShort(2) & 0xffff;
        ByteBuffer entries = readAt(ch, cmap + 4, subtables * 8);
        long format4 = -1;
        long format12 = -1;
        for (int i = 0; i < subtables; i++) {
            int platform = entries.getShort(i * 8) & 0xffff;
            int encoding = entries.getShort(i * 8 + 2) & 0xffff;
            long sub = cmap + (entries.getInt(i * 8 + 4) & 0xffffffffL);
            int format = readAt(ch, sub, 2).getShort(0) & 0xffff;
            boolean unicode = platform == 0 || platform == 3 && (encoding == 1 || encoding == 10);
            if (unicode && format == 12) {
                format12 = sub;
            } else if (unicode && format == 4 && format4 < 0) {
                format4 = sub;
            }
        }
        if (format12 >= 0) {
            ByteBuffer h = readAt(ch, format12, 16);
            long groups = h.getInt(12) & 0xffffffffL;
            if (groups > 1_000_000) {
                return false;
            }
            ByteBuffer g = readAt(ch, format12 + 16, (int) groups * 12);
            for (int i = 0; i < groups; i++) {
                long start = g.getInt(i * 12) & 0xffffffffL;
                long end = g.getInt(i * 12 + 4) & 0xffffffffL;
                if (codePoint >= start && codePoint <= end) {
                    return (g.getInt(i * 12 + 8) & 0xffffffffL) + (codePoint - start) != 0;
                }
            }
            return false;
        }
        if (format4 < 0 || codePoint > 0xFFFF) {
            return false;
        }
        int length = readAt(ch, format4 + 2, 2).getShort(0) & 0xffff;
        ByteBuffer t = readAt(ch, format4, length);
        int segX2 = t.getShort(6) & 0xffff;
        int ends = 14;
        int starts = ends + segX2 + 2;
        int deltas = starts + segX2;
        int rangeOffsets = deltas + segX2;
        for (int s = 0; s < segX2 / 2; s++) {
            int end = t.getShort(ends + 2 * s) & 0xffff;
            if (codePoint > end) {
                continue;
            }
            int start = t.getShort(starts + 2 * s) & 0xffff;
            if (codePoint < start) {
                return false;
            }
            int delta = t.getShort(deltas + 2 * s);
            int ro = t.getShort(rangeOffsets + 2 * s) & 0xffff;
            if (ro == 0) {
                return ((codePoint + delta) & 0xffff) != 0;
            }
            int at = rangeOffsets + 2 * s + ro + 2 * (codePoint - start);
            if (at + 2 > t.limit()) {
                return false;
            }
            int glyph = t.getShort(at) & 0xffff;
            return glyph != 0 && ((glyph + delta) & 0xffff) != 0;
        }
        return false;
    }

    private static ByteBuffer readAt(SeekableByteChannel ch, long position, int length) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(Math.max(0, length));
        ch.position(position);
        while (buf.hasRemaining() && ch.read(buf) > 0) {
            // keep reading until full or end of file
        }
        buf.flip();
        if (buf.limit() < length) {
            throw new IOException("truncated font file");
        }
        return buf;
    }
}

package org.jianbao.generation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/**
 * File names for delivered documents. A document name comes from what users write (a speech title), so it is
 * made safe here for every file system the office may use: characters Windows refuses and control characters
 * become {@code _}, leading dots (hidden files, {@code ..}) and trailing dots and blanks go, reserved device names
 * (CON, NUL, COM1…) get a prefix, and a name longer than {@link #MAX_NAME_BYTES} bytes in UTF-8 is shortened at a
 * character boundary: its beginning, {@code …}, a short hash of the whole name (two long titles never share a
 * file) and its end (the date that tells one issue from the next).
 */
public final class FileNames {

    /** ext4, XFS, NTFS allow 255; a little room for whatever a copy or a sync tool appends. */
    static final int MAX_NAME_BYTES = 240;
    private static final int TAIL_BYTES = 60;
    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4",
            "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private FileNames() {
    }

    /**
     * A safe file name for a document: {@code base} made safe and short enough, plus {@code extension}
     * (".docx"). The same base always gives the same name, so the .docx and the .pdf stay a pair.
     */
    public static String forDocument(String base, String extension) {
        String name = base == null ? "" : base.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}\\u0080-\\u009F]", "_").strip();
        name = name.replaceFirst("^[.\\s]+", "").replaceFirst("[.\\s]+$", "");
        if (name.isEmpty()) {
            name = "文档";
        }
        String stem = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        if (RESERVED.contains(stem.toLowerCase(Locale.ROOT))) {
            name = "_" + name;
        }
        int budget = MAX_NAME_BYTES - utf8(extension);
        if (utf8(name) > budget) {
            String hash = "~" + HexFormat.of().formatHex(sha256(name), 0, 4);
            String tail = suffixWithin(name, TAIL_BYTES);
            String head = prefixWithin(name, budget - utf8(tail) - utf8(hash) - utf8("…"));
            name = head + "…" + hash + tail;
        }
        return name + extension;
    }

    /** Guards the output folder: a name given to it is a plain file name, never a path. */
    static String checked(String name) {
        String stripped = name.strip();
        if (stripped.isEmpty() || stripped.startsWith(".") || stripped.contains("/") || stripped.contains("\\")) {
            throw new IllegalArgumentException("not a plain file name: '" + name + "'");
        }
        return stripped;
    }

    private static int utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    /** The longest prefix of whole code points within {@code bytes} bytes of UTF-8. */
    private static String prefixWithin(String s, int bytes) {
        int used = 0;
        int end = 0;
        while (end < s.length()) {
            int cp = s.codePointAt(end);
            int n = utf8(new String(Character.toChars(cp)));
            if (used + n > bytes) {
                break;
            }
            used += n;
            end += Character.charCount(cp);
        }
        return s.substring(0, end);
    }

    /** The longest suffix of whole code points within {@code bytes} bytes of UTF-8. */
    private static String suffixWithin(String s, int bytes) {
        int used = 0;
        int start = s.length();
        while (start > 0) {
            int cp = s.codePointBefore(start);
            int n = utf8(new String(Character.toChars(cp)));
            if (used + n > bytes) {
                break;
            }
            used += n;
            start -= Character.charCount(cp);
        }
        return s.substring(start);
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

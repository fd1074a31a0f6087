package org.jianbao.pdf;

import java.util.Set;

/**
 * One font found on disk or on the classpath, described by its file and the names inside it.
 *
 * @param source   a file path, or {@code classpath:} plus a resource name
 * @param index    member index inside a .ttc collection, -1 for a single font file
 * @param fullName the English full name (name ID 4), for display
 * @param names    every family/full name in every language, lower-cased (so 仿宋 and FangSong both match)
 * @param bold     the subfamily says bold/heavy/black
 * @param cff      PostScript outlines: works, but makes PDFs several times larger, so used only when nothing else fits
 */
public record FontFace(String source, int index, String fullName, Set<String> names, boolean bold, boolean cff) {

    /** The path with {@code ,N} for a collection member, as shown to users. */
    public String location() {
        return index >= 0 ? source + "," + index : source;
    }

    String fileName() {
        String s = source.replace('\\', '/');
        return s.substring(s.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT);
    }
}

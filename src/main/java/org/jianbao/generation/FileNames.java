package org.jianbao.generation;

import java.util.regex.Pattern;

/** File names users understand and every file system accepts. */
final class FileNames {

    // Characters Windows refuses in names, plus control characters; the files travel to Windows desks.
    private static final Pattern FORBIDDEN = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}]");

    private FileNames() {
    }

    static String safe(String name) {
        String cleaned = FORBIDDEN.matcher(name.strip()).replaceAll("_");
        if (cleaned.isEmpty() || cleaned.startsWith(".")) {
            throw new IllegalArgumentException("not a usable file name: '" + name + "'");
        }
        return cleaned;
    }
}

package org.jianbao.generation;

/**
 * Guards the output folder: a document name is a plain file name, never a path. The report layer
 * already makes names users understand ({@code DocumentNames}); this only refuses what would write
 * elsewhere.
 */
final class FileNames {

    private FileNames() {
    }

    static String checked(String name) {
        String stripped = name.strip();
        if (stripped.isEmpty() || stripped.startsWith(".") || stripped.contains("/") || stripped.contains("\\")) {
            throw new IllegalArgumentException("not a plain file name: '" + name + "'");
        }
        return stripped;
    }
}

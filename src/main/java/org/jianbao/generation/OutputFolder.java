package org.jianbao.generation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.YearMonth;

/**
 * The folder documents are delivered into: {@code output/<period>/<name>}, each written whole or not at
 * all ({@link AtomicFile}).
 */
public final class OutputFolder {

    private final Path root;

    public OutputFolder(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    public Path folderFor(YearMonth period) {
        return root.resolve(period.toString());
    }

    /** Writes {@code bytes} to {@code folderFor(period)/fileName}, replacing an older version, whole or not at all. */
    public Path write(YearMonth period, String fileName, byte[] bytes) {
        Path target = folderFor(period).resolve(FileNames.checked(fileName));
        try {
            return AtomicFile.write(target, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }
}

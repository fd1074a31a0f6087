package org.jianbao.generation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.YearMonth;
import java.util.UUID;

/**
 * The folder documents are delivered into: {@code output/<period>/<name>}. A document appears
 * whole or not at all — it is written beside its final name and moved into place — so a reader
 * (a person, a mail step, a shared-folder sync) never picks up half a file.
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

    /** Writes {@code bytes} to {@code folderFor(period)/fileName}, replacing an older version. */
    public Path write(YearMonth period, String fileName, byte[] bytes) {
        Path folder = folderFor(period);
        Path target = folder.resolve(FileNames.checked(fileName));
        try {
            Files.createDirectories(folder);
            // Not Files.createTempFile: it makes the file owner-only (0600), and these files are meant to be read
            // by others (a shared folder, a mail step under another account). A plain new file follows the umask.
            Path partial = folder.resolve(".partial-" + UUID.randomUUID() + ".tmp");
            try {
                Files.write(partial, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                move(partial, target);
            } finally {
                Files.deleteIfExists(partial);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}

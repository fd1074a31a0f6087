package org.jianbao.distribution;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Copies documents to {@code <folder>/<period>/<file>}: into a temporary name beside the target, then moved,
 * so whoever watches the share (a person, a sync client) never sees half a file. A different file already
 * under the name is kept and the new one becomes {@code 名（2）.docx}; the same bytes already there count as
 * delivered, which makes an interrupted copy safe to repeat.
 */
final class FolderChannel implements Channel {

    private final boolean includePdf;

    FolderChannel(boolean includePdf) {
        this.includePdf = includePdf;
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.FOLDER;
    }

    @Override
    public String deliver(Parcel parcel) throws DeliveryFailure {
        List<String> written = new ArrayList<>();
        for (Outgoing document : parcel.documents()) {
            Path folder = Path.of(parcel.address()).resolve(document.period().toString());
            written.add(copy(document.docx(), folder).toString());
            if (includePdf) {
                written.add(copy(document.pdf(), folder).toString());
            }
        }
        return String.join(", ", written);
    }

    private static Path copy(Path source, Path folder) throws DeliveryFailure {
        try {
            Files.createDirectories(folder);
            byte[] bytes = Files.readAllBytes(source);
            String name = source.getFileName().toString();
            for (int n = 1; ; n++) {
                Path target = folder.resolve(n == 1 ? name : numbered(name, n));
                if (Files.exists(target)) {
                    if (java.util.Arrays.equals(Files.readAllBytes(target), bytes)) {
                        return target; // already delivered (an earlier attempt, or the same document again)
                    }
                    continue; // someone's different file: never overwritten
                }
                if (moveInto(folder, target, bytes)) {
                    return target;
                }
            }
        } catch (AccessDeniedException e) {
            throw DeliveryFailure.permanent("cannot write to " + folder + ": permission denied (" + e.getFile() + ")", e);
        } catch (FileSystemException e) {
            throw DeliveryFailure.permanent("cannot write to " + folder + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw DeliveryFailure.transientFailure("cannot write to " + folder + ": " + e, e);
        }
    }

    /**
     * Publishes the bytes under {@code target} whole, never over an existing file. A hard link is atomic and
     * refuses an existing name (a rename would silently replace it on Linux); where links are not supported
     * (some network shares) a plain move, which also refuses an existing name. False when another writer took
     * the name between our check and now.
     */
    private static boolean moveInto(Path folder, Path target, byte[] bytes) throws IOException {
        Path partial = folder.resolve(".partial-" + UUID.randomUUID() + ".tmp");
        try {
            Files.write(partial, bytes);
            try {
                Files.createLink(target, partial);
            } catch (FileAlreadyExistsException e) {
                return false;
            } catch (UnsupportedOperationException | FileSystemException e) {
                if (Files.exists(target)) {
                    return false;
                }
                Files.move(partial, target);
            }
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** {@code 简报.docx} → {@code 简报（2）.docx}. */
    static String numbered(String name, int n) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) + "（" + n + "）" + name.substring(dot) : name + "（" + n + "）";
    }
}

package org.jianbao.generation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jianbao.template.DocxTemplate;

/**
 * The compiled templates of the templates folder. A template is compiled once and reused for every
 * document of a run; when a user saves a new version in Word, the next document picks it up.
 */
public final class TemplateLibrary {

    private record Compiled(FileTime modified, long size, DocxTemplate template) {
    }

    private final Path folder;
    private final Map<DocumentKind, Compiled> cache = new ConcurrentHashMap<>();

    public TemplateLibrary(Path folder) {
        this.folder = folder;
    }

    public Path pathOf(DocumentKind kind) {
        return folder.resolve(kind.templateFile());
    }

    public DocxTemplate templateFor(DocumentKind kind) {
        Path file = pathOf(kind);
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            long size = Files.size(file);
            return cache.compute(kind, (k, known) ->
                    known != null && known.modified().equals(modified) && known.size() == size
                            ? known
                            : new Compiled(modified, size, DocxTemplate.compile(file))).template();
        } catch (NoSuchFileException e) {
            throw new MissingTemplateException(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + file + ": " + e.getMessage(), e);
        }
    }
}

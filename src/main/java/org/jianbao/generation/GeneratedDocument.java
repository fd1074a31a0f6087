package org.jianbao.generation;

import java.nio.file.Path;
import java.util.List;

/**
 * A document written to the output folder, as Word and PDF.
 *
 * @param warnings what the reader should check: × marks the data could not fill, fonts substituted…
 */
public record GeneratedDocument(DocumentRequest request, Path docx, Path pdf, int pages, List<String> warnings) {

    public GeneratedDocument {
        warnings = List.copyOf(warnings);
    }
}

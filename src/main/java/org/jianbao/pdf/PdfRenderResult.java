package org.jianbao.pdf;

import java.util.List;

/**
 * What a render produced.
 *
 * @param pages         number of pages written
 * @param substitutions fonts asked for by the document but served by another font
 * @param warnings      things the renderer could not do faithfully (unsupported elements), one line each
 */
public record PdfRenderResult(int pages, List<FontResolution> substitutions, List<String> warnings) {

    public PdfRenderResult {
        substitutions = List.copyOf(substitutions);
        warnings = List.copyOf(warnings);
    }
}

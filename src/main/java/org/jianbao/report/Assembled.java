package org.jianbao.report;

import java.util.List;

/**
 * A document model and what the operator should know about it: every × mark the data could not fill, in the
 * order met, each once. The warnings never go into the document itself (the mark stays visible there).
 */
public record Assembled<M>(M model, List<String> warnings) {

    public Assembled {
        warnings = List.copyOf(warnings);
    }
}

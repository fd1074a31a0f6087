package org.jianbao.distribution;

import java.util.List;

import org.jianbao.indicator.ImportProblem;

/** What came of importing a recipients list. */
public sealed interface RecipientImport {

    String file();

    /** The list replaced the previous one. */
    record Imported(String file, List<Recipient> recipients) implements RecipientImport {
    }

    /** Nothing changed; every problem with its {@code FILE:ROW:COLUMN}. */
    record Refused(String file, List<ImportProblem> problems) implements RecipientImport {
    }
}

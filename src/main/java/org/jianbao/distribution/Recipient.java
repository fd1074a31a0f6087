package org.jianbao.distribution;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jianbao.generation.DocumentKind;

/**
 * Someone the documents go to: a department as the speech and the ledger name it (经发局) or an office above
 * (市委办公室).
 *
 * @param name   as printed in the briefing's tail
 * @param role   its line in the tail (报/送/发), or empty for a recipient outside the tail
 * @param emails addresses that get one message per run; empty for no email
 * @param folder a folder of its own; empty for the default ({@code output/distribution/<name>/})
 * @param kinds  which documents it receives
 * @param units  whose documents it receives; empty for every unit
 */
public record Recipient(String name, Optional<TailRole> role, List<String> emails, Optional<Path> folder,
                        Set<DocumentKind> kinds, Set<String> units) {

    public Recipient {
        emails = List.copyOf(emails);
        kinds = Set.copyOf(kinds);
        units = Set.copyOf(units);
    }

    public boolean receives(DocumentKind kind, String unit) {
        return kinds.contains(kind) && (units.isEmpty() || units.contains(unit));
    }
}

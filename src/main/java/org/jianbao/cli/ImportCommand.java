package org.jianbao.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.jianbao.indicator.ImportResult;
import org.jianbao.indicator.InboxImporter;
import org.jianbao.indicator.IndicatorImporter;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jianbao import FILE... [--by NAME]} and {@code jianbao import --inbox}: one line per file,
 * every problem of a refused file below it, exit 2 when any file was refused.
 */
// Prototype: picocli keeps parsed options in the command object, so each command line gets a fresh one.
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Imports indicator values, targets or key-project ledgers (.xlsx, .xls, .csv). "
                + "A file with any invalid row imports nothing; the same file twice changes nothing.")
class ImportCommand implements CliCommand, Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Files to import.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--inbox", description = "Import every file in the inbox folder (jianbao.indicator.inbox) "
            + "and move it to processed/ or refused/.")
    boolean inbox;

    @Option(names = "--by", paramLabel = "NAME", description = "Who imports, for the import log.")
    String by;

    private final IndicatorImporter importer;
    private final InboxImporter inboxImporter;

    ImportCommand(IndicatorImporter importer, InboxImporter inboxImporter) {
        this.importer = importer;
        this.inboxImporter = inboxImporter;
    }

    @Override
    public Integer call() {
        if (files.isEmpty() && !inbox) {
            throw new UserInputException("import: give FILE... or --inbox");
        }
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new UserInputException(file + ": no such file");
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        List<ImportResult> results = new ArrayList<>();
        try {
            for (Path file : files) {
                results.add(print(out, by == null ? importer.importFile(file) : importer.importFile(file, by)));
            }
            if (inbox) {
                List<ImportResult> fromInbox = inboxImporter.importInbox(by);
                if (fromInbox.isEmpty()) {
                    out.println(inboxImporter.inbox() + ": no files to import");
                }
                fromInbox.forEach(r -> results.add(print(out, r)));
            }
        } catch (UncheckedIOException e) {
            throw new UserInputException(e.getMessage(), e);
        }
        out.flush();
        return results.stream().anyMatch(r -> r instanceof ImportResult.Refused) ? ExitCodes.BAD_INPUT : ExitCodes.OK;
    }

    private static ImportResult print(PrintWriter out, ImportResult result) {
        if (result instanceof ImportResult.Imported i) {
            out.printf("%s: imported %d rows (%s)%n", i.file(), i.rows(), i.kind().name().toLowerCase(java.util.Locale.ROOT));
        } else if (result instanceof ImportResult.Unchanged u) {
            out.printf("%s: already imported on %s by %s, nothing changed%n", u.file(), u.importedAt().withNano(0),
                    u.importedBy());
        } else if (result instanceof ImportResult.Waiting w) {
            out.printf("%s: changed %d s ago (still being copied?), left in the inbox for the next import%n", w.file(),
                    w.changedAgo().toSeconds());
        } else if (result instanceof ImportResult.Refused r) {
            out.printf("%s: refused, nothing imported (%d problem%s)%n", r.file(), r.problems().size(),
                    r.problems().size() == 1 ? "" : "s");
            r.problems().forEach(p -> out.println("  " + p));
        }
        return result;
    }
}

package org.jianbao.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

import org.jianbao.distribution.Recipient;
import org.jianbao.distribution.RecipientImport;
import org.jianbao.distribution.RecipientImporter;
import org.jianbao.distribution.Recipients;
import org.jianbao.distribution.TailRole;
import org.jianbao.generation.DocumentKind;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jianbao recipients import FILE} and {@code jianbao recipients list}. */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "recipients", mixinStandardHelpOptions = true,
        description = {"Who receives the documents, and the briefing's 报/送/发 lines.",
                "Without a subcommand: the list (as `recipients list`)."})
class RecipientsCommand implements CliCommand, Runnable {

    @Spec
    CommandSpec spec;

    private final RecipientImporter importer;
    private final Recipients recipients;

    RecipientsCommand(RecipientImporter importer, Recipients recipients) {
        this.importer = importer;
        this.recipients = recipients;
    }

    @Override
    public void run() {
        list();
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Replaces the recipients list with FILE (.csv, .xlsx, .xls): columns 名称, 报送 (报/送/发),",
                    "邮箱 (several separated by ；or ,), 文件夹, 文种 (学习笔记、简报; empty: both), 所属单位 (empty: all).",
                    "A file with any invalid row changes nothing; every problem is listed as FILE:ROW:COLUMN."})
    int importList(@Parameters(paramLabel = "FILE") Path file,
                   @Option(names = "--by", paramLabel = "NAME", description = "who imports, for the log") String by) {
        if (!Files.isRegularFile(file)) {
            throw new UserInputException(file + ": no such file");
        }
        PrintWriter out = spec.commandLine().getOut();
        RecipientImport result;
        try {
            result = importer.importFile(file, by == null ? System.getProperty("user.name", "jianbao") : by);
        } catch (UncheckedIOException e) {
            throw new UserInputException(e.getMessage(), e);
        }
        if (result instanceof RecipientImport.Refused refused) {
            out.printf("%s: refused, nothing imported (%d problem%s)%n", refused.file(), refused.problems().size(),
                    refused.problems().size() == 1 ? "" : "s");
            refused.problems().forEach(p -> out.println("  " + p));
            out.flush();
            return ExitCodes.BAD_INPUT;
        }
        out.printf("%s: imported %d recipients%n", result.file(), ((RecipientImport.Imported) result).recipients().size());
        out.flush();
        return ExitCodes.OK;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Prints the recipients list.")
    void list() {
        PrintWriter out = spec.commandLine().getOut();
        var all = recipients.all();
        if (all.isEmpty()) {
            out.println("no recipients: the briefing's tail comes from jianbao.briefing.*; import a list with `recipients import FILE`");
        }
        for (Recipient r : all) {
            out.printf("%s  %s  %s  %s  %s%s%n", r.name(), r.role().map(TailRole::mark).orElse("-"),
                    r.emails().isEmpty() ? "(no email)" : String.join(",", r.emails()),
                    r.kinds().stream().sorted().map(DocumentKind::label).collect(Collectors.joining("、")),
                    r.units().isEmpty() ? "all units" : String.join("、", r.units()),
                    r.folder().map(f -> "  folder " + f).orElse(""));
        }
        out.flush();
    }
}

package org.jianbao.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

import org.jianbao.distribution.Delivery;
import org.jianbao.distribution.DeliveryStatus;
import org.jianbao.distribution.DistributionException;
import org.jianbao.distribution.Distributor;
import org.jianbao.distribution.Outgoing;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jianbao deliveries}: the delivery records, approval (签发), replacing a document with an edited one,
 * and retries.
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "deliveries", mixinStandardHelpOptions = true,
        description = {"Lists delivery records: one per document, recipient and channel (email, folder, webhook).",
                "Subcommands release documents that wait for approval, replace one with an edited file, retry."})
class DeliveriesCommand implements CliCommand, Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--status", paramLabel = "S",
            description = "only records in this state: AWAITING_APPROVAL, PENDING, SENDING (outcome unknown), SENT, FAILED")
    String status;

    @Option(names = "--run", paramLabel = "ID", description = "only records of this run (job execution id)")
    Long run;

    private final Distributor distributor;

    DeliveriesCommand(Distributor distributor) {
        this.distributor = distributor;
    }

    @Override
    public void run() {
        Optional<DeliveryStatus> wanted = Optional.ofNullable(status).map(DeliveriesCommand::status);
        PrintWriter out = spec.commandLine().getOut();
        List<Delivery> list = distributor.list(wanted, Optional.ofNullable(run));
        if (list.isEmpty()) {
            out.println("no delivery records" + (status != null || run != null ? " match" : " yet"));
        }
        for (Delivery d : list) {
            String title = distributor.document(d.documentId()).map(Outgoing::title).orElse("?");
            out.printf("%d  document %d %s  →  %s  %s %s  %s  %d attempt%s%s%n", d.id(), d.documentId(), title,
                    d.recipient(), d.channel().name().toLowerCase(Locale.ROOT), d.address(), label(d.status()),
                    d.attempts(), d.attempts() == 1 ? "" : "s",
                    d.outcome() == null ? "" : "  " + d.outcome() + (d.status() == DeliveryStatus.FAILED
                            ? (d.retryable() ? " (will be retried)" : " (permanent)") : ""));
        }
        out.flush();
    }

    private static String label(DeliveryStatus s) {
        return s == DeliveryStatus.SENDING ? "SENDING (outcome unknown)" : s.name();
    }

    @Command(name = "approve", mixinStandardHelpOptions = true,
            description = "Releases documents that wait for approval (签发) and sends them now; ID is the document's id.")
    int approve(@Parameters(paramLabel = "ID", arity = "0..*") List<Long> ids,
                @Option(names = "--all", description = "every document that waits") boolean all,
                @Option(names = "--by", paramLabel = "NAME", description = "who approves; default: the user") String by) {
        if ((ids == null || ids.isEmpty()) && !all) {
            throw new UserInputException("deliveries approve: give document IDs or --all");
        }
        String who = by != null ? by : System.getProperty("user.name", "jianbao");
        List<Outgoing> released = guarded(() -> all ? distributor.approveAll(who) : distributor.approve(ids, who));
        PrintWriter out = spec.commandLine().getOut();
        if (released.isEmpty()) {
            out.println("no documents await approval");
        }
        released.forEach(d -> out.println("approved document " + d.id() + " " + d.title() + " by " + who));
        printSummary(out, released.stream().map(Outgoing::id).toList());
        return ExitCodes.OK;
    }

    @Command(name = "replace", mixinStandardHelpOptions = true,
            description = {"Puts an edited Word file in place of document ID before it is sent: the original is kept",
                    "beside it as 名（原稿）.docx, the PDF is rendered again from the edited file, and the edited file is sent."})
    int replace(@Parameters(index = "0", paramLabel = "ID") long id,
                @Parameters(index = "1", paramLabel = "FILE.docx") Path file,
                @Option(names = "--by", paramLabel = "NAME") String by) {
        if (!Files.isRegularFile(file)) {
            throw new UserInputException(file + ": no such file");
        }
        String who = by != null ? by : System.getProperty("user.name", "jianbao");
        Outgoing d = guarded(() -> distributor.replace(id, file, who));
        spec.commandLine().getOut().println("document " + d.id() + " " + d.title() + ": " + d.docx() + " and " + d.pdf()
                + " now from " + file + "; the original is kept as " + d.originalDocx());
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    @Command(name = "retry", mixinStandardHelpOptions = true,
            description = {"Attempts failed deliveries again now: without IDs the transient failures with attempts left;",
                    "with IDs those records whatever their failure (after fixing an address or a folder), at the list's",
                    "current address. --unknown also resends what a stopped process left SENDING (outcome unknown):",
                    "check with the recipients first, as some of them may have the message already."})
    int retry(@Parameters(paramLabel = "ID", arity = "0..*") List<Long> ids,
              @Option(names = "--unknown", description = "also the records left SENDING") boolean unknown) {
        if (ids != null && !ids.isEmpty()) {
            guarded(() -> {
                distributor.retry(ids);
                return null;
            });
        } else {
            distributor.retry(unknown);
        }
        List<Long> documents = new ArrayList<>();
        distributor.list(Optional.empty(), Optional.empty()).forEach(d -> {
            if (!documents.contains(d.documentId())) {
                documents.add(d.documentId());
            }
        });
        printSummary(spec.commandLine().getOut(), documents);
        return ExitCodes.OK;
    }

    private void printSummary(PrintWriter out, List<Long> documentIds) {
        if (!documentIds.isEmpty()) {
            distributor.summary(documentIds).lines().forEach(out::println);
        }
        out.flush();
    }

    private static <T> T guarded(java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (DistributionException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }

    static DeliveryStatus status(String text) {
        try {
            return DeliveryStatus.valueOf(text.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--status " + text + ": expected one of AWAITING_APPROVAL, PENDING, SENDING, SENT, FAILED");
        }
    }
}

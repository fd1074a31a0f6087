package org.jianbao.distribution;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.jianbao.office.WordFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;

import org.jianbao.generation.AtomicFile;
import org.jianbao.generation.DocumentKind;
import org.jianbao.pdf.DocxPdfRenderer;
import org.jianbao.pdf.WordPackage;

/**
 * Distribution as one service for every entrance (the job's last step, the commands, later the pages):
 * plan a record per (document, recipient, channel), hold back what needs approval, deliver what is due
 * through the channels, and say what became of it.
 */
public class Distributor {

    private static final Logger log = LoggerFactory.getLogger(Distributor.class);

    private final Recipients recipients;
    private final OutgoingDocuments documents;
    private final Deliveries deliveries;
    private final Map<ChannelKind, Channel> channels = new EnumMap<>(ChannelKind.class);
    private final DistributionProperties properties;
    private final Path folderRoot;
    private final Supplier<DocxPdfRenderer> pdfRenderer;
    private final Optional<FailureNotice> failureNotice;

    Distributor(Recipients recipients, OutgoingDocuments documents, Deliveries deliveries, List<Channel> channels,
                DistributionProperties properties, Path folderRoot, Supplier<DocxPdfRenderer> pdfRenderer,
                Optional<FailureNotice> failureNotice) {
        this.recipients = recipients;
        this.documents = documents;
        this.deliveries = deliveries;
        channels.forEach(c -> this.channels.put(c.kind(), c));
        this.properties = properties;
        this.folderRoot = folderRoot;
        this.pdfRenderer = pdfRenderer;
        this.failureNotice = failureNotice;
    }

    /** The job's last step: every document the run wrote, to everyone who receives it. */
    public DistributionSummary afterRun(long jobExecutionId) {
        plan(jobExecutionId);
        int reopened = deliveries.reopenInterruptedFolderCopies();
        if (reopened > 0) {
            log.info("{} folder copies interrupted by a stopped process will be checked and completed", reopened);
        }
        deliverDue();
        return summaryOfRun(jobExecutionId);
    }

    /** Documents planned per query: the run's documents are read a page at a time, never all at once. */
    static final int PLAN_PAGE = 500;

    /**
     * A delivery record per (document, recipient, channel) for each of the run's documents not planned yet. Each
     * document's records commit as they are written and a planned document is not read again, so a process
     * stopped half-way plans only the rest when the step runs again.
     */
    void plan(long jobExecutionId) {
        List<Recipient> list = recipients.all();
        long after = 0;
        for (List<Long> page = documents.unregistered(jobExecutionId, after, PLAN_PAGE); !page.isEmpty();
             page = documents.unregistered(jobExecutionId, after, PLAN_PAGE)) {
            for (long id : page) {
                plan(jobExecutionId, id, list);
            }
            after = page.get(page.size() - 1);
        }
    }

    private void plan(long jobExecutionId, long id, List<Recipient> list) {
        DocumentKind kind = documents.kindOf(id);
        boolean waits = properties.approvalRequired().contains(kind);
        documents.register(id, waits);
        Outgoing document = documents.find(id).orElseThrow();
        DeliveryStatus initial = waits ? DeliveryStatus.AWAITING_APPROVAL : DeliveryStatus.PENDING;
        for (Recipient r : list) {
            if (!r.receives(kind, document.unit())) {
                continue;
            }
            DeliveryStatus status = r.role().filter(properties.automaticRoles()::contains).isPresent()
                    ? DeliveryStatus.PENDING : initial;
            deliveries.createIfAbsent(id, jobExecutionId, r.name(), ChannelKind.FOLDER, folderOf(r).toString(), status);
            if (channels.containsKey(ChannelKind.EMAIL) && !r.emails().isEmpty()) {
                deliveries.createIfAbsent(id, jobExecutionId, r.name(), ChannelKind.EMAIL, String.join(",", r.emails()),
                        status);
            }
        }
        if (channels.containsKey(ChannelKind.WEBHOOK)) {
            deliveries.createIfAbsent(id, jobExecutionId, properties.webhook().name(), ChannelKind.WEBHOOK,
                    SecretUrl.masked(properties.webhook().url()), initial);
        }
    }

    private Path folderOf(Recipient r) {
        return r.folder().orElseGet(() -> folderRoot.resolve(r.name()));
    }

    /**
     * Attempts every PENDING record and every transient failure with attempts left: one attempt per recipient,
     * channel and run, so a recipient gets one email however many of the run's documents it receives.
     */
    public void deliverDue() {
        if (!properties.enabled()) {
            return;
        }
        Map<List<Object>, List<Delivery>> parcels = new LinkedHashMap<>();
        for (Delivery d : deliveries.due(properties.retry().maxAttempts())) {
            if (channels.containsKey(d.channel())) {
                parcels.computeIfAbsent(List.of(d.channel(), d.recipient(), d.jobExecutionId(), d.address()),
                        k -> new ArrayList<>()).add(d);
            }
        }
        List<Long> failed = new ArrayList<>();
        parcels.values().forEach(group -> failed.addAll(attempt(group)));
        if (!failed.isEmpty()) {
            failureNotice.ifPresent(notice -> notice.send(failed.stream().map(id -> deliveries.byId(id).orElseThrow()).toList()));
        }
    }

    /** Returns the ids of the records that failed. */
    private List<Long> attempt(List<Delivery> group) {
        List<Delivery> claimed = group.stream().filter(deliveries::claim).toList();
        if (claimed.isEmpty()) {
            return List.of();
        }
        Delivery first = claimed.get(0);
        Channel channel = channels.get(first.channel());
        String messageId = null;
        if (channel instanceof EmailChannel email) {
            // Fixed before anything leaves, and kept for a later attempt: the same message keeps its identity.
            messageId = claimed.stream().map(Delivery::messageId).filter(Objects::nonNull).findFirst()
                    .orElseGet(() -> email.newMessageId(first.id()));
            for (Delivery d : claimed) {
                deliveries.messageId(d.id(), messageId);
            }
        }
        List<Outgoing> outgoing = claimed.stream().map(d -> documents.find(d.documentId()).orElseThrow()).toList();
        Parcel parcel = new Parcel(first.recipient(), first.address(), outgoing, messageId);

        int before = claimed.stream().mapToInt(Delivery::attempts).max().orElse(0);
        int[] tries = {0};
        long retries = Math.max(0, Math.min(properties.retry().inRun(), properties.retry().maxAttempts() - before - 1L));
        RetryTemplate retry = new RetryTemplate(RetryPolicy.builder()
                .maxRetries(retries)
                .delay(properties.retry().delay())
                .multiplier(properties.retry().multiplier())
                .maxDelay(properties.retry().maxDelay())
                .predicate(e -> e instanceof DeliveryFailure f && !f.isPermanent())
                .build());
        try {
            String outcome = retry.execute(() -> {
                tries[0]++;
                return channel.deliver(parcel);
            });
            claimed.forEach(d -> deliveries.sent(d.id(), before + tries[0], outcome));
            log.debug("{} to {}: {}", channel.kind().label(), parcel.recipient(), outcome);
            return List.of();
        } catch (RetryException e) {
            Throwable last = e.getLastException() != null ? e.getLastException() : e.getCause();
            boolean permanent = last instanceof DeliveryFailure f && f.isPermanent();
            String cause = last instanceof DeliveryFailure ? last.getMessage() : String.valueOf(last);
            claimed.forEach(d -> deliveries.failed(d.id(), before + tries[0], cause, !permanent));
            log.warn("{} to {} failed after {} attempts ({}): {}", channel.kind().label(), parcel.recipient(),
                    before + tries[0], permanent ? "permanent" : "will be retried", cause);
            return claimed.stream().map(Delivery::id).toList();
        }
    }

    /** Releases documents for sending (签发) and sends them; returns the documents released. */
    public List<Outgoing> approve(Collection<Long> documentIds, String by) {
        List<Outgoing> released = new ArrayList<>();
        for (long id : documentIds) {
            Outgoing d = documents.find(id).orElseThrow(() -> new DistributionException("no document " + id
                    + " in distribution (deliveries lists the documents)"));
            if (!d.awaitingApproval()) {
                throw new DistributionException("document " + id + " " + d.title() + " does not await approval"
                        + (d.approvedAt() != null ? " (approved by " + d.approvedBy() + " at " + d.approvedAt().withNano(0) + ")" : ""));
            }
        }
        for (long id : documentIds) {
            if (documents.approve(id, by)) {
                deliveries.release(id);
                released.add(documents.find(id).orElseThrow());
            }
        }
        deliverDue();
        return released;
    }

    public List<Outgoing> approveAll(String by) {
        return approve(documents.awaitingApproval().stream().map(Outgoing::id).toList(), by);
    }

    public List<Outgoing> awaitingApproval() {
        return documents.awaitingApproval();
    }

    /**
     * Puts an edited Word file in place of a generated one before it is sent: the original is kept beside it as
     * {@code 名（原稿）.docx}, the PDF is rendered again from the edited file, and the edited file is what goes out.
     */
    public Outgoing replace(long documentId, Path edited, String by) {
        Outgoing d = documents.find(documentId).orElseThrow(() -> new DistributionException("no document " + documentId
                + " in distribution (deliveries lists the documents)"));
        long gone = deliveries.ofDocument(documentId).stream()
                .filter(x -> x.status() == DeliveryStatus.SENT || x.status() == DeliveryStatus.SENDING).count();
        if (gone > 0) {
            throw new DistributionException("document " + documentId + " " + d.title() + " has already gone to "
                    + gone + " recipients: replacing it now would send two versions");
        }
        byte[] bytes;
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            bytes = Files.readAllBytes(edited);
            pdfRenderer.get().render(WordPackage.of(WordFiles.entries(bytes, edited.toString())), pdf);
        } catch (IOException | RuntimeException e) {
            throw new DistributionException(edited + ": not a readable Word file (" + e.getMessage() + ")", e);
        }
        try {
            if (d.originalDocx() == null) {
                keepOriginal(d.docx());
                keepOriginal(d.pdf());
            }
            AtomicFile.write(d.docx(), bytes);
            AtomicFile.write(d.pdf(), pdf.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace " + d.docx() + ": " + e.getMessage(), e);
        }
        documents.replaced(documentId, original(d.docx()), by);
        return documents.find(documentId).orElseThrow();
    }

    private static void keepOriginal(Path file) throws IOException {
        if (Files.exists(file)) {
            Files.copy(file, original(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static Path original(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return file.resolveSibling(name.substring(0, dot) + "（原稿）" + name.substring(dot));
    }

    /**
     * Transient failures with attempts left, again now; with {@code unknown}, also the records left SENDING by a
     * stopped process — the operator's word that a recipient who has the message gets it twice rather than
     * one who lacks it never.
     */
    public void retry(boolean unknown) {
        if (unknown) {
            deliveries.reopen(deliveries.list(Optional.of(DeliveryStatus.SENDING), Optional.empty()).stream()
                    .map(Delivery::id).toList());
        }
        deliverDue();
    }

    /** These records once more, whatever their failure (after the operator fixed an address or a folder). */
    public void retry(Collection<Long> deliveryIds) {
        Map<String, Recipient> byName = new LinkedHashMap<>();
        recipients.all().forEach(r -> byName.put(r.name(), r));
        List<Long> reopen = new ArrayList<>();
        for (long id : deliveryIds) {
            Delivery d = deliveries.byId(id).orElseThrow(() -> new DistributionException("no delivery " + id));
            if (d.status() != DeliveryStatus.FAILED && d.status() != DeliveryStatus.SENDING) {
                throw new DistributionException("delivery " + id + " is " + d.status() + ": only FAILED or SENDING records are retried");
            }
            // The list may have been corrected since: send to the address it gives now.
            Recipient r = byName.get(d.recipient());
            if (r != null && d.channel() == ChannelKind.EMAIL && !r.emails().isEmpty()) {
                deliveries.address(id, String.join(",", r.emails()));
            } else if (r != null && d.channel() == ChannelKind.FOLDER) {
                deliveries.address(id, folderOf(r).toString());
            }
            reopen.add(id);
        }
        deliveries.reopen(reopen);
        deliverDue();
    }

    /** A run's summary counted by the database: the same lines for 10 documents or 10,000, a few rows in memory. */
    DistributionSummary summaryOfRun(long jobExecutionId) {
        return DistributionSummary.ofCounts(documents.deliveryCounts(jobExecutionId),
                documents.awaitingApproval(jobExecutionId, DistributionSummary.AWAITING_LISTED),
                documents.awaitingApprovalCount(jobExecutionId), documents.unknownOutsideRun(jobExecutionId));
    }

    public DistributionSummary summary(Collection<Long> documentIds) {
        List<Delivery> all = deliveries.ofDocuments(documentIds);
        Set<Long> ids = Set.copyOf(documentIds);
        List<Outgoing> awaiting = documents.awaitingApproval().stream().filter(d -> ids.contains(d.id())).toList();
        int unknownElsewhere = (int) deliveries.list(Optional.of(DeliveryStatus.SENDING), Optional.empty()).stream()
                .filter(d -> !ids.contains(d.documentId())).count();
        return DistributionSummary.of(all, awaiting, unknownElsewhere);
    }

    public List<Delivery> list(Optional<DeliveryStatus> status, Optional<Long> run) {
        return deliveries.list(status, run);
    }

    public Optional<Outgoing> document(long id) {
        return documents.find(id);
    }
}

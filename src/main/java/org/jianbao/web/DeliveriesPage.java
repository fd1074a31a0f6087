package org.jianbao.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.FileSystemUtils;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.jianbao.distribution.Delivery;
import org.jianbao.distribution.DeliveryStatus;
import org.jianbao.distribution.DistributionException;
import org.jianbao.distribution.Distributor;
import org.jianbao.distribution.Outgoing;
import org.jianbao.user.AuditLog;

/**
 * 投递: what {@code deliveries} shows and does, for office staff — the delivery records with their state, the documents
 * waiting for approval (签发) with approve and replace (an edited .docx in place of the generated one before it
 * goes), and retry of failed records. Everyone reads; the buttons are operators' (POST, by the page security).
 */
@Controller
@Profile("serve")
class DeliveriesPage {

    /** A delivery record as the page lists it, with its document's title. */
    public record Row(Delivery delivery, String title, String status) {
        public boolean retryable() {
            return delivery.status() == DeliveryStatus.FAILED || delivery.status() == DeliveryStatus.SENDING;
        }
    }

    private static final Map<DeliveryStatus, String> STATUS = Map.of(
            DeliveryStatus.AWAITING_APPROVAL, "待签发",
            DeliveryStatus.PENDING, "待发送",
            DeliveryStatus.SENDING, "发送中（结果未知）",
            DeliveryStatus.SENT, "已送达",
            DeliveryStatus.FAILED, "失败");

    private final Distributor distributor;
    private final AuditLog audit;
    private final DataSize limit;

    DeliveriesPage(Distributor distributor, AuditLog audit,
                   @Value("${spring.servlet.multipart.max-file-size:20MB}") DataSize limit) {
        this.distributor = distributor;
        this.audit = audit;
        this.limit = limit;
    }

    @GetMapping("/deliveries")
    String page(Model model) {
        List<Delivery> all = distributor.list(Optional.empty(), Optional.empty());
        model.addAttribute("awaiting", distributor.awaitingApproval());
        // a document goes to many recipients: its title read once, not once per delivery row
        Map<Long, String> titles = new HashMap<>();
        model.addAttribute("rows", all.stream().map(d -> new Row(d,
                titles.computeIfAbsent(d.documentId(), id ->
                        distributor.document(id).map(Outgoing::title).orElse("文档 " + id)),
                STATUS.get(d.status()))).toList());
        return "deliveries";
    }

    @PostMapping("/deliveries/{document}/approve")
    String approve(@PathVariable long document, Principal user, RedirectAttributes redirect) {
        return act(redirect, user, "approve", "document " + document, () -> {
            Outgoing d = distributor.approve(List.of(document), user.getName()).get(0);
            return d.title() + "：已签发，开始发送。";
        });
    }

    @PostMapping("/deliveries/{id}/retry")
    String retry(@PathVariable long id, Principal user, RedirectAttributes redirect) {
        return act(redirect, user, "retry", "delivery " + id, () -> {
            distributor.retry(List.of(id));
            return "投递 " + id + "：已重新发送。";
        });
    }

    /** Transient failures with attempts left, as {@code deliveries retry} without ids. */
    @PostMapping("/deliveries/retry")
    String retryDue(Principal user, RedirectAttributes redirect) {
        return act(redirect, user, "retry", "failed deliveries", () -> {
            distributor.retry(false);
            return "可重试的失败投递已重新发送。";
        });
    }

    @PostMapping("/deliveries/{document}/replace")
    String replace(@PathVariable long document, @RequestParam("file") MultipartFile file, Principal user,
                   RedirectAttributes redirect) throws IOException {
        if (file.getSize() > limit.toBytes()) {
            throw new MaxUploadSizeExceededException(limit.toBytes());
        }
        String name;
        try {
            name = IndicatorUpload.safeName(file.getOriginalFilename());
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/deliveries";
        }
        Path folder = Files.createTempDirectory("jianbao-replace-");
        try {
            Path edited = folder.resolve(name);
            file.transferTo(edited);
            return act(redirect, user, "replace", "document " + document, () -> {
                Outgoing d = distributor.replace(document, edited, user.getName());
                return d.title() + "：已替换为 " + name + "，原稿已保留。";
            }, edited, name);
        } finally {
            FileSystemUtils.deleteRecursively(folder);
        }
    }

    private String act(RedirectAttributes redirect, Principal user, String action, String target, Supplier<String> done) {
        return act(redirect, user, action, target, done, null, null);
    }

    /** Runs the action; its one-line refusal, as the command prints it, goes to the page instead of an error page. */
    private String act(RedirectAttributes redirect, Principal user, String action, String target, Supplier<String> done,
                       Path upload, String uploadName) {
        try {
            redirect.addFlashAttribute("notice", done.get());
            audit.record(user.getName(), action, target, "done");
        } catch (DistributionException e) {
            // A refused upload is named as the user knows it, not by the private folder it waited in.
            String message = upload == null ? e.getMessage() : e.getMessage().replace(upload.toString(), uploadName);
            redirect.addFlashAttribute("error", message);
            audit.record(user.getName(), action, target, "refused: " + message);
        }
        return "redirect:/deliveries";
    }
}

package org.jianbao.distribution;

import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Tells the administrators ({@code jianbao.distribution.mail.admins}) which deliveries of a run failed. Best
 * effort: when the mail server is what failed, this fails too, and the log and the records still say it all.
 */
final class FailureNotice {

    private static final Logger log = LoggerFactory.getLogger(FailureNotice.class);

    private final JavaMailSender sender;
    private final String from;
    private final List<String> admins;

    FailureNotice(JavaMailSender sender, String from, List<String> admins) {
        this.sender = sender;
        this.from = from;
        this.admins = List.copyOf(admins);
    }

    void send(List<Delivery> failed) {
        if (failed.isEmpty() || admins.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder(failed.size() + " deliveries failed just now.\n\n");
        for (Delivery d : failed) {
            text.append(d.id()).append("  run ").append(d.jobExecutionId()).append("  document ").append(d.documentId())
                    .append("  ").append(d.recipient()).append("  ").append(d.channel().label()).append("  ")
                    .append(d.outcome()).append(d.retryable() ? "  (will be retried)" : "  (permanent)").append('\n');
        }
        text.append("\nThe records: java -jar jianbao.jar deliveries --status FAILED")
                .append("\nAfter fixing an address or a folder: java -jar jianbao.jar deliveries retry ID...\n");
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
            helper.setFrom(from);
            helper.setTo(admins.toArray(String[]::new));
            helper.setSubject("jianbao: " + failed.size() + " deliveries failed");
            helper.setText(text.toString());
            sender.send(message);
        } catch (MailException | MessagingException e) {
            log.warn("could not tell the administrators {} of the failed deliveries: {}", admins, e.getMessage());
        }
    }
}

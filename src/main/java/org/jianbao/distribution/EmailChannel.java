package org.jianbao.distribution;

import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.activation.DataHandler;
import jakarta.activation.FileDataSource;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.util.unit.DataSize;

/**
 * One message per recipient and run, through Spring's {@link JavaMailSender}: the subject is the document's
 * title, a short plain-text and HTML body, the Word file attached under its Chinese name (RFC 2231, which
 * Outlook, Foxmail and webmail decode), the PDF too if configured. The message carries the Message-ID the
 * record got before the first attempt, so a resend after "outcome unknown" is recognisable as the same message.
 */
final class EmailChannel implements Channel {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final JavaMailSender sender;
    private final InternetAddress from;
    private final DataSize maxSize;
    private final boolean includePdf;
    private final MessageBody body;
    private final String server;

    EmailChannel(JavaMailSender sender, String from, DataSize maxSize, boolean includePdf, MessageBody body,
                 String server) {
        this.sender = sender;
        try {
            this.from = new InternetAddress(from, true);
        } catch (AddressException e) {
            throw new IllegalArgumentException("jianbao.distribution.mail.from: " + from + " is not an address", e);
        }
        this.maxSize = maxSize;
        this.includePdf = includePdf;
        this.body = body;
        this.server = server;
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.EMAIL;
    }

    /** {@code <jianbao.12.uuid@example.org>}: unique, and in the sender's domain as RFC 5322 asks. */
    String newMessageId(long deliveryId) {
        String domain = from.getAddress().substring(from.getAddress().indexOf('@') + 1);
        return "<jianbao." + deliveryId + "." + java.util.UUID.randomUUID() + "@" + domain + ">";
    }

    @Override
    public String deliver(Parcel parcel) throws DeliveryFailure {
        List<Path> files = new ArrayList<>();
        for (Outgoing document : parcel.documents()) {
            files.add(document.docx());
            if (includePdf) {
                files.add(document.pdf());
            }
        }
        long size = 0;
        for (Path file : files) {
            try {
                size += Files.size(file);
            } catch (IOException e) {
                throw DeliveryFailure.permanent("cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        if (size > maxSize.toBytes()) {
            throw DeliveryFailure.permanent(String.format(Locale.ROOT,
                    "attachments of %.1f MB exceed the limit of %d MB (jianbao.distribution.mail.max-size)",
                    size / 1048576.0, maxSize.toMegabytes()), null);
        }
        MimeMessage message;
        try {
            message = message(parcel, files);
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw DeliveryFailure.permanent("cannot build the message: " + e.getMessage(), e);
        }
        try {
            sender.send(message);
        } catch (MailException e) {
            throw classify(e);
        }
        return "accepted by " + server + " as " + parcel.messageId();
    }

    private MimeMessage message(Parcel parcel, List<Path> files) throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED, "UTF-8");
        helper.setFrom(from);
        helper.setTo(InternetAddress.parse(parcel.address(), true));
        helper.setSubject(parcel.documents().stream().map(Outgoing::title).reduce((a, b) -> a + "、" + b).orElse(""));
        helper.setText(body.plain(parcel.recipient(), parcel.documents()), body.html(parcel.recipient(), parcel.documents()));
        for (Path file : files) {
            MimeBodyPart part = new MimeBodyPart();
            part.setDataHandler(new DataHandler(new FileDataSource(file.toFile())));
            part.setDisposition(Part.ATTACHMENT);
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            part.setHeader("Content-Type", (name.endsWith(".docx") ? DOCX : name.endsWith(".pdf") ? "application/pdf"
                    : "application/octet-stream"));
            // Jakarta Mail writes a non-ASCII parameter as RFC 2231 (filename*=UTF-8''…), split when long,
            // in Content-Disposition and as Content-Type's name.
            part.setFileName(file.getFileName().toString());
            helper.getRootMimeMultipart().addBodyPart(part);
        }
        // JavaMailSenderImpl keeps a Message-ID set before sending (it restores it after saveChanges).
        message.setHeader("Message-ID", parcel.messageId());
        return message;
    }

    /**
     * 5xx replies and addresses the server refuses are permanent; 4xx, refused connections, timeouts and
     * failed logins (the configuration may be fixed by the next run) are transient.
     */
    static DeliveryFailure classify(MailException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : nextCause(t)) {
            if (t instanceof SMTPAddressFailedException a) {
                return byCode(a.getReturnCode(), "address " + a.getAddress() + " refused: " + oneLine(a.getMessage()), e);
            }
            if (t instanceof SMTPSenderFailedException s) {
                return byCode(s.getReturnCode(), "sender " + s.getAddress() + " refused: " + oneLine(s.getMessage()), e);
            }
            if (t instanceof SMTPSendFailedException s) {
                return byCode(s.getReturnCode(), "refused: " + oneLine(s.getMessage()), e);
            }
            if (t instanceof AddressException a) {
                return DeliveryFailure.permanent("bad address: " + oneLine(a.getMessage()), e);
            }
            if (t instanceof ConnectException || t instanceof SocketTimeoutException || t instanceof UnknownHostException) {
                return DeliveryFailure.transientFailure("mail server not reachable: " + t, e);
            }
            if (t instanceof AuthenticationFailedException || t instanceof MailAuthenticationException) {
                return DeliveryFailure.transientFailure("login to the mail server failed (spring.mail.username/password): "
                        + oneLine(t.getMessage()), e);
            }
        }
        return DeliveryFailure.transientFailure(oneLine(e.getMessage()), e);
    }

    /** Jakarta Mail chains the per-address failures with getNextException, not getCause. */
    private static Throwable nextCause(Throwable t) {
        if (t instanceof MessagingException m && m.getNextException() != null && m.getNextException() != t) {
            return m.getNextException();
        }
        if (t instanceof org.springframework.mail.MailSendException s && !s.getFailedMessages().isEmpty()) {
            return s.getFailedMessages().values().iterator().next();
        }
        return t.getCause();
    }

    private static DeliveryFailure byCode(int code, String message, Throwable cause) {
        return code >= 500 ? DeliveryFailure.permanent(message, cause) : DeliveryFailure.transientFailure(message, cause);
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}

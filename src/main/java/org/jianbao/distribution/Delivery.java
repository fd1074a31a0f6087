package org.jianbao.distribution;

import java.time.LocalDateTime;

/**
 * One (document, recipient, channel) and its fate.
 *
 * @param address   what it was sent to: the email addresses, the folder, or the webhook URL with its secret masked
 * @param messageId the email's own Message-ID, fixed before the first attempt
 * @param outcome   SENT: the server's acceptance or the path written; FAILED: the cause
 * @param retryable FAILED only: a transient cause (connection, timeout, 4xx) that a later attempt may overcome
 */
public record Delivery(long id, long documentId, long jobExecutionId, String recipient, ChannelKind channel,
                       String address, DeliveryStatus status, int attempts, String messageId, String outcome,
                       boolean retryable, LocalDateTime updatedAt, LocalDateTime sentAt) {
}

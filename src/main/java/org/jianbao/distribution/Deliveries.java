package org.jianbao.distribution;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The delivery records. Every change of state is its own statement, committed at once (no surrounding
 * transaction): SENDING must be on disk before a message leaves, or a crash could hide a send.
 */
public class Deliveries {

    private static final String COLUMNS = "id, document_id, job_execution_id, recipient, channel, address, status, "
            + "attempts, message_id, outcome, retryable, updated_at, sent_at";

    private final JdbcClient jdbc;
    private final Clock clock;

    Deliveries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Creates the record unless the (document, recipient, channel) already has one; true when created. */
    boolean createIfAbsent(long documentId, long jobExecutionId, String recipient, ChannelKind channel, String address,
                           DeliveryStatus status) {
        LocalDateTime now = now();
        return jdbc.sql("""
                insert into dist_delivery (document_id, job_execution_id, recipient, channel, address, status, attempts,
                                           retryable, created_at, updated_at)
                select ?, ?, ?, ?, ?, ?, 0, false, ?, ?
                where not exists (select 1 from dist_delivery where document_id = ? and recipient = ? and channel = ?)""")
                .params(documentId, jobExecutionId, recipient, channel.name(), address, status.name(), now, now,
                        documentId, recipient, channel.name())
                .update() == 1;
    }

    /** PENDING records and transient failures with attempts left, oldest first. */
    List<Delivery> due(int maxAttempts) {
        return jdbc.sql("select " + COLUMNS + " from dist_delivery where status = 'PENDING' "
                        + "or (status = 'FAILED' and retryable = true and attempts < ?) order by id")
                .param(maxAttempts).query(Deliveries::delivery).list();
    }

    /**
     * PENDING or FAILED → SENDING, only if nobody else claimed it meanwhile (another process on a shared
     * database, the service's button): the conditional update is the lock.
     */
    boolean claim(Delivery delivery) {
        return jdbc.sql("update dist_delivery set status = 'SENDING', updated_at = ? where id = ? and status = ?")
                .params(now(), delivery.id(), delivery.status().name()).update() == 1;
    }

    void messageId(long id, String messageId) {
        jdbc.sql("update dist_delivery set message_id = ? where id = ?").params(messageId, id).update();
    }

    void sent(long id, int attempts, String outcome) {
        LocalDateTime now = now();
        jdbc.sql("""
                update dist_delivery set status = 'SENT', attempts = ?, outcome = ?, retryable = false, updated_at = ?,
                                         sent_at = ? where id = ?""")
                .params(attempts, clip(outcome), now, now, id).update();
    }

    void failed(long id, int attempts, String cause, boolean retryable) {
        jdbc.sql("""
                update dist_delivery set status = 'FAILED', attempts = ?, outcome = ?, retryable = ?, updated_at = ?
                where id = ?""")
                .params(attempts, clip(cause), retryable, now(), id).update();
    }

    /** SENDING (or failed) records an operator releases for one more attempt. */
    int reopen(Collection<Long> ids) {
        int n = 0;
        for (long id : ids) {
            n += jdbc.sql("update dist_delivery set status = 'PENDING', updated_at = ? where id = ? "
                    + "and status in ('SENDING', 'FAILED')").params(now(), id).update();
        }
        return n;
    }

    void address(long id, String address) {
        jdbc.sql("update dist_delivery set address = ? where id = ?").params(address, id).update();
    }

    /** A folder copy that a crash interrupted can simply be done again: the copy recognises what is already there. */
    int reopenInterruptedFolderCopies() {
        return jdbc.sql("update dist_delivery set status = 'PENDING', updated_at = ? where status = 'SENDING' "
                + "and channel = 'FOLDER'").param(now()).update();
    }

    int release(long documentId) {
        return jdbc.sql("update dist_delivery set status = 'PENDING', updated_at = ? where document_id = ? "
                + "and status = 'AWAITING_APPROVAL'").params(now(), documentId).update();
    }

    List<Delivery> ofDocument(long documentId) {
        return jdbc.sql("select " + COLUMNS + " from dist_delivery where document_id = ? order by id")
                .param(documentId).query(Deliveries::delivery).list();
    }

    List<Delivery> ofDocuments(Collection<Long> documentIds) {
        if (documentIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from dist_delivery where document_id in (:ids) order by id")
                .param("ids", documentIds).query(Deliveries::delivery).list();
    }

    Optional<Delivery> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from dist_delivery where id = ?").param(id)
                .query(Deliveries::delivery).optional();
    }

    /** For {@code deliveries [--status S] [--run ID]}. */
    public List<Delivery> list(Optional<DeliveryStatus> status, Optional<Long> jobExecutionId) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from dist_delivery where 1 = 1");
        List<Object> params = new ArrayList<>();
        status.ifPresent(s -> {
            sql.append(" and status = ?");
            params.add(s.name());
        });
        jobExecutionId.ifPresent(r -> {
            sql.append(" and job_execution_id = ?");
            params.add(r);
        });
        return jdbc.sql(sql.append(" order by id").toString()).params(params).query(Deliveries::delivery).list();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private static String clip(String text) {
        return text == null || text.length() <= 2000 ? text : text.substring(0, 1997) + "...";
    }

    private static Delivery delivery(ResultSet rs, int n) throws SQLException {
        Timestamp sent = rs.getTimestamp("sent_at");
        return new Delivery(rs.getLong("id"), rs.getLong("document_id"), rs.getLong("job_execution_id"),
                rs.getString("recipient"), ChannelKind.valueOf(rs.getString("channel")), rs.getString("address"),
                DeliveryStatus.valueOf(rs.getString("status")), rs.getInt("attempts"), rs.getString("message_id"),
                rs.getString("outcome"), rs.getBoolean("retryable"), rs.getTimestamp("updated_at").toLocalDateTime(),
                sent == null ? null : sent.toLocalDateTime());
    }
}

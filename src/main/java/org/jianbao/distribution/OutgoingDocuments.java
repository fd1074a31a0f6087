package org.jianbao.distribution;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

import org.jianbao.generation.DocumentKind;

/** Generated documents with their distribution state (approval, replacement), over {@code generated_document}. */
public class OutgoingDocuments {

    private static final String SELECT = """
            select g.id, g.kind, g.unit_name, g.period, g.docx_path, g.pdf_path, d.needs_approval, d.approved_by,
                   d.approved_at, d.original_docx
            from generated_document g join dist_document d on d.document_id = g.id""";

    private final JdbcClient jdbc;
    private final Clock clock;

    OutgoingDocuments(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The documents of the job instance that {@code jobExecutionId} belongs to (every attempt of the run). */
    private static final String OF_RUN = """
            g.job_execution_id in (
                select e.job_execution_id from batch_job_execution e where e.job_instance_id =
                    (select x.job_instance_id from batch_job_execution x where x.job_execution_id = ?))""";

    /**
     * Documents written by any execution of the job instance that {@code jobExecutionId} belongs to and not yet
     * taken into distribution (a resumed run also distributes what its failed first attempt wrote): the next
     * {@code limit} of them after {@code afterId}, in id order, so that a run of 10,000 documents is planned a page
     * at a time and never held as one list.
     */
    List<Long> unregistered(long jobExecutionId, long afterId, int limit) {
        return jdbc.sql("select g.id from generated_document g where " + OF_RUN + """
                  and g.id > ? and not exists (select 1 from dist_document d where d.document_id = g.id)
                order by g.id limit ?""")
                .params(jobExecutionId, afterId, limit).query(Long.class).list();
    }

    /** Every document of the job instance that distribution knows (for a run's summary by the commands). */
    List<Long> ofRun(long jobExecutionId) {
        return jdbc.sql("select g.id from generated_document g join dist_document d on d.document_id = g.id where "
                        + OF_RUN + " order by g.id")
                .param(jobExecutionId).query(Long.class).list();
    }

    /** How many of a run's delivery records have one channel and status. */
    record DeliveryCount(ChannelKind channel, DeliveryStatus status, int count) {
    }

    /** The run's delivery records counted by channel and status in the database: a run of any size is a few rows. */
    List<DeliveryCount> deliveryCounts(long jobExecutionId) {
        return jdbc.sql("select x.channel, x.status, count(*) from dist_delivery x join generated_document g "
                        + "on g.id = x.document_id where " + OF_RUN + " group by x.channel, x.status")
                .param(jobExecutionId)
                .query((rs, n) -> new DeliveryCount(ChannelKind.valueOf(rs.getString(1)),
                        DeliveryStatus.valueOf(rs.getString(2)), rs.getInt(3))).list();
    }

    /** How many of the run's documents wait for approval, and the first {@code limit} of them. */
    int awaitingApprovalCount(long jobExecutionId) {
        return jdbc.sql("select count(*) from generated_document g join dist_document d on d.document_id = g.id "
                        + "where d.needs_approval = true and d.approved_at is null and " + OF_RUN)
                .param(jobExecutionId).query(Integer.class).single();
    }

    /** Records left SENDING by a stopped process for documents of other runs: the operator should hear of them too. */
    int unknownOutsideRun(long jobExecutionId) {
        return jdbc.sql("select count(*) from dist_delivery x where x.status = 'SENDING' and x.document_id not in "
                        + "(select g.id from generated_document g where " + OF_RUN + ")")
                .param(jobExecutionId).query(Integer.class).single();
    }

    List<Outgoing> awaitingApproval(long jobExecutionId, int limit) {
        return jdbc.sql(SELECT + " where d.needs_approval = true and d.approved_at is null and " + OF_RUN
                        + " order by g.id limit ?")
                .params(jobExecutionId, limit).query(OutgoingDocuments::outgoing).list();
    }

    void register(long documentId, boolean needsApproval) {
        jdbc.sql("insert into dist_document (document_id, needs_approval, created_at) values (?, ?, ?)")
                .params(documentId, needsApproval, LocalDateTime.now(clock)).update();
    }

    /** The generated document's kind, for deciding whether it waits; the row need not be registered yet. */
    DocumentKind kindOf(long documentId) {
        return DocumentKind.valueOf(jdbc.sql("select kind from generated_document where id = ?").param(documentId)
                .query(String.class).single());
    }

    public Optional<Outgoing> find(long documentId) {
        return jdbc.sql(SELECT + " where g.id = ?").param(documentId).query(OutgoingDocuments::outgoing).optional();
    }

    List<Outgoing> awaitingApproval() {
        return jdbc.sql(SELECT + " where d.needs_approval = true and d.approved_at is null order by g.id")
                .query(OutgoingDocuments::outgoing).list();
    }

    boolean approve(long documentId, String by) {
        return jdbc.sql("update dist_document set approved_by = ?, approved_at = ? where document_id = ? "
                + "and approved_at is null").params(by, LocalDateTime.now(clock), documentId).update() == 1;
    }

    void replaced(long documentId, Path original, String by) {
        jdbc.sql("update dist_document set original_docx = coalesce(original_docx, ?), replaced_by = ?, replaced_at = ? "
                + "where document_id = ?").params(original.toString(), by, LocalDateTime.now(clock), documentId).update();
    }

    private static Outgoing outgoing(ResultSet rs, int n) throws SQLException {
        Timestamp approved = rs.getTimestamp("approved_at");
        String original = rs.getString("original_docx");
        return new Outgoing(rs.getLong("id"), DocumentKind.valueOf(rs.getString("kind")), rs.getString("unit_name"),
                YearMonth.parse(rs.getString("period")), Path.of(rs.getString("docx_path")),
                Path.of(rs.getString("pdf_path")), rs.getBoolean("needs_approval"), rs.getString("approved_by"),
                approved == null ? null : approved.toLocalDateTime(), original == null ? null : Path.of(original));
    }
}

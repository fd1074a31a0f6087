package org.jianbao.generation;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The log of documents written, per job execution: what the commands print and distribution sends. */
@Component
public class GeneratedDocuments {

    /** A logged document. */
    public record Entry(long id, long jobExecutionId, String kind, String unit, String period, Path docx, Path pdf,
                        int pages, int warnings, LocalDateTime createdAt) {
    }

    private static final String COLUMNS =
            "id, job_execution_id, kind, unit_name, period, docx_path, pdf_path, pages, warnings, created_at";

    private final JdbcClient jdbc;
    private final Clock clock;

    GeneratedDocuments(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(long jobExecutionId, GeneratedDocument document) {
        jdbc.sql("""
                insert into generated_document (job_execution_id, kind, unit_name, period, docx_path, pdf_path,
                                                pages, warnings, warning_text, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(jobExecutionId, document.request().kind().name(), document.request().unit(),
                        document.request().period().toString(), document.docx().toString(),
                        document.pdf().toString(), document.pages(), document.warnings().size(),
                        String.join("\n", document.warnings()), LocalDateTime.now(clock))
                .update();
    }

    public List<Entry> ofExecution(long jobExecutionId) {
        return jdbc.sql("select " + COLUMNS + " from generated_document where job_execution_id = ? order by id")
                .param(jobExecutionId)
                .query(GeneratedDocuments::entry)
                .list();
    }

    /**
     * What the run history shows of an execution's documents: their ids and their warnings summed. Two small
     * queries instead of every row with its warning text: the runs page lists fifty runs, and a run of 10,000
     * units would otherwise be 10,000 rows read for each of them on every view.
     */
    public record OfExecution(List<Long> ids, int warnings) {
    }

    public OfExecution idsOfExecution(long jobExecutionId) {
        List<Long> ids = jdbc.sql("select id from generated_document where job_execution_id = ? order by id")
                .param(jobExecutionId).query(Long.class).list();
        int warnings = jdbc.sql("select coalesce(sum(warnings), 0) from generated_document where job_execution_id = ?")
                .param(jobExecutionId).query(Integer.class).single();
        return new OfExecution(ids, warnings);
    }

    public Optional<Entry> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from generated_document where id = ?").param(id)
                .query(GeneratedDocuments::entry).optional();
    }

    /**
     * Documents written, newest first, optionally only of a unit, a period ({@code 2026-10}) or a kind
     * ({@code BRIEFING}).
     */
    public List<Entry> search(Optional<String> unit, Optional<String> period, Optional<String> kind, int limit) {
        return jdbc.sql("select " + COLUMNS + " from generated_document"
                        // Typed casts: PostgreSQL cannot tell the type of a bare "? is null".
                        + " where (cast(? as varchar(100)) is null or unit_name = ?)"
                        + " and (cast(? as varchar(7)) is null or period = ?)"
                        + " and (cast(? as varchar(30)) is null or kind = ?)"
                        + " order by id desc limit ?")
                .params(unit.orElse(null), unit.orElse(null), period.orElse(null), period.orElse(null),
                        kind.orElse(null), kind.orElse(null), limit)
                .query(GeneratedDocuments::entry)
                .list();
    }

    /**
     * The newest document of each kind, unit and period, newest first: what the office sends. A briefing made
     * again for the same period (new data, a forced run) is the same 第N期 and usually the same file, so the
     * earlier entries would list one file twice or a version nobody should send.
     */
    public List<Entry> latest(Optional<String> unit, int limit) {
        return jdbc.sql("select " + COLUMNS + " from generated_document where id in ("
                        + "select max(id) from generated_document"
                        + " where cast(? as varchar(100)) is null or unit_name = ?"
                        + " group by kind, unit_name, period)"
                        + " order by id desc limit ?")
                .params(unit.orElse(null), unit.orElse(null), limit)
                .query(GeneratedDocuments::entry)
                .list();
    }

    private static Entry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Entry(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                Path.of(rs.getString(6)), Path.of(rs.getString(7)), rs.getInt(8), rs.getInt(9),
                rs.getObject(10, LocalDateTime.class));
    }
}

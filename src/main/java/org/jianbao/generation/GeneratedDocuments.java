package org.jianbao.generation;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The log of documents written, per job execution: what the commands print and distribution sends. */
@Component
public class GeneratedDocuments {

    /** A logged document. */
    public record Entry(long id, long jobExecutionId, String kind, String unit, String period, Path docx, Path pdf,
                        int pages, int warnings) {
    }

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
        return jdbc.sql("""
                select id, job_execution_id, kind, unit_name, period, docx_path, pdf_path, pages, warnings
                from generated_document where job_execution_id = ? order by id""")
                .param(jobExecutionId)
                .query((rs, n) -> new Entry(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), Path.of(rs.getString(6)), Path.of(rs.getString(7)), rs.getInt(8), rs.getInt(9)))
                .list();
    }
}

package org.jianbao.indicator;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** The history of every file offered: imported, unchanged (same bytes again) or refused. */
public class ImportLog {

    /** One line of the history. */
    public record Entry(long id, String fileName, String sha256, FileKind kind, int rows, String importedBy,
            LocalDateTime importedAt, String outcome, String message) {
    }

    private static final int MESSAGE_LIMIT = 4000;

    private final JdbcClient jdbc;

    public ImportLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The successful import of these bytes, if there was one. */
    Optional<Entry> imported(String sha256) {
        return jdbc.sql(select() + " where sha256 = ? and outcome = 'IMPORTED' order by id").param(sha256)
                .query(this::entry).list().stream().findFirst();
    }

    public List<Entry> history() {
        return jdbc.sql(select() + " order by id").query(this::entry).list();
    }

    long start(String fileName, String sha256, String by, LocalDateTime at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into ind_import_log (file_name, sha256, kind, row_count, imported_by, imported_at, outcome)
                values (?, ?, null, 0, ?, ?, 'IMPORTED')""")
                .params(fileName, sha256, by, at)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void finish(long id, FileKind kind, int rows, String message) {
        jdbc.sql("update ind_import_log set kind = ?, row_count = ?, message = ? where id = ?")
                .params(kind.name(), rows, message, id).update();
    }

    void record(String fileName, String sha256, FileKind kind, int rows, String by, LocalDateTime at, String outcome,
            String message) {
        jdbc.sql("""
                insert into ind_import_log (file_name, sha256, kind, row_count, imported_by, imported_at, outcome, message)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(fileName, sha256, kind == null ? null : kind.name(), rows, by, at, outcome,
                        message == null || message.length() <= MESSAGE_LIMIT ? message
                                : message.substring(0, MESSAGE_LIMIT - 1) + "…")
                .update();
    }

    private static String select() {
        return "select id, file_name, sha256, kind, row_count, imported_by, imported_at, outcome, message from ind_import_log";
    }

    private Entry entry(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        String kind = rs.getString("kind");
        return new Entry(rs.getLong("id"), rs.getString("file_name"), rs.getString("sha256"),
                kind == null ? null : FileKind.valueOf(kind), rs.getInt("row_count"), rs.getString("imported_by"),
                rs.getTimestamp("imported_at").toLocalDateTime(), rs.getString("outcome"), rs.getString("message"));
    }
}

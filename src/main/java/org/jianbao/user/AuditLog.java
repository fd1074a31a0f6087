package org.jianbao.user;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Who started which run, uploaded which file, downloaded which document (table {@code audit_event}). */
@Component
public class AuditLog {

    /** A recorded action. {@code target} names what it concerned by id or file name, never by path. */
    public record Event(LocalDateTime at, String username, String action, String target, String detail) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(String username, String action, String target, String detail) {
        jdbc.sql("insert into audit_event (at, username, action, target, detail) values (?, ?, ?, ?, ?)")
                .params(LocalDateTime.now(clock), username, action, abbreviate(target, 400), abbreviate(detail, 1000))
                .update();
    }

    public List<Event> recent(int limit) {
        return jdbc.sql("select at, username, action, target, detail from audit_event order by id desc limit ?")
                .param(limit)
                .query((rs, n) -> new Event(rs.getObject(1, LocalDateTime.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)))
                .list();
    }

    private static String abbreviate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}

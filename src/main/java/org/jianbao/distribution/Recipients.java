package org.jianbao.distribution;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import org.jianbao.generation.BriefingTail;
import org.jianbao.generation.DocumentKind;
import org.jianbao.report.Distribution;

/**
 * The recipients list in the database. It is also where the briefing's 报/送/发 lines come from once it has
 * entries, so the printed tail and the mailing list are one list.
 */
public class Recipients implements BriefingTail {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Recipients(JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    public List<Recipient> all() {
        return jdbc.sql("select name, tail_role, emails, folder, kinds, units from dist_recipient order by position")
                .query(Recipients::recipient).list();
    }

    /** Replaces the whole list in one transaction, and logs where it came from. */
    void replaceAll(List<Recipient> recipients, String fileName, String sha256, String importedBy) {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("delete from dist_recipient").update();
            int position = 0;
            for (Recipient r : recipients) {
                jdbc.sql("""
                        insert into dist_recipient (position, name, tail_role, emails, folder, kinds, units)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                        .params(++position, r.name(), r.role().map(Enum::name).orElse(null),
                                r.emails().isEmpty() ? null : String.join(",", r.emails()),
                                r.folder().map(Path::toString).orElse(null),
                                r.kinds().stream().sorted().map(Enum::name).collect(Collectors.joining(",")),
                                r.units().isEmpty() ? null : String.join(",", r.units()))
                        .update();
            }
            jdbc.sql("""
                    insert into dist_recipient_import (file_name, sha256, recipients, imported_by, imported_at)
                    values (?, ?, ?, ?, ?)""")
                    .params(fileName, sha256, recipients.size(), importedBy, LocalDateTime.now(clock))
                    .update();
        });
    }

    boolean everImported() {
        return jdbc.sql("select count(*) from dist_recipient_import").query(Integer.class).single() > 0;
    }

    @Override
    public Optional<Distribution> forBriefing(String unit, int copies) {
        List<Recipient> all = all();
        if (all.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Distribution(names(all, unit, TailRole.REPORT), names(all, unit, TailRole.SEND),
                names(all, unit, TailRole.ISSUE), copies));
    }

    private static List<String> names(List<Recipient> all, String unit, TailRole role) {
        return all.stream().filter(r -> r.role().equals(Optional.of(role)) && r.receives(DocumentKind.BRIEFING, unit))
                .map(Recipient::name).toList();
    }

    private static Recipient recipient(ResultSet rs, int n) throws SQLException {
        String folder = rs.getString("folder");
        return new Recipient(rs.getString("name"),
                Optional.ofNullable(rs.getString("tail_role")).map(TailRole::valueOf),
                list(rs.getString("emails")),
                Optional.ofNullable(folder).map(Path::of),
                list(rs.getString("kinds")).stream().map(DocumentKind::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(DocumentKind.class))),
                Set.copyOf(list(rs.getString("units"))));
    }

    private static List<String> list(String commaSeparated) {
        return commaSeparated == null || commaSeparated.isBlank() ? List.of() : Arrays.asList(commaSeparated.split(","));
    }
}

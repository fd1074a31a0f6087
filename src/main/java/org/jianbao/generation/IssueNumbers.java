package org.jianbao.generation;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out the 第N期 number of a unit's briefing: numbered per unit and year, stable for a period
 * once given, the next free number for a new period.
 */
@Component
public class IssueNumbers {

    private static final int ATTEMPTS = 5;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    private final int firstIssue;

    IssueNumbers(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactionManager, BriefingProperties briefing) {
        this.jdbc = jdbc;
        this.firstIssue = Math.max(1, briefing.firstIssue());
        this.clock = clock;
        // Each attempt commits on its own: on PostgreSQL a unique violation aborts the transaction it happens
        // in, so inside the caller's (a batch chunk's) transaction the retry below could never read again.
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public int issueFor(String unit, YearMonth period) {
        for (int attempt = 1; ; attempt++) {
            try {
                return ownTransaction.execute(status -> find(unit, period).orElseGet(() -> assignNext(unit, period)));
            } catch (DuplicateKeyException raced) {
                // Another run took the number (or the period) between our read and insert: read again.
                if (attempt == ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }

    Optional<Integer> find(String unit, YearMonth period) {
        return jdbc.sql("select issue_no from briefing_issue where unit_name = ? and period = ?")
                .params(unit, period.toString())
                .query(Integer.class)
                .optional();
    }

    int assignNext(String unit, YearMonth period) {
        int next = jdbc.sql("select coalesce(max(issue_no), ?) + 1 from briefing_issue where unit_name = ? and issue_year = ?")
                .params(firstIssue - 1, unit, period.getYear())
                .query(Integer.class)
                .single();
        jdbc.sql("insert into briefing_issue (unit_name, period, issue_year, issue_no, created_at) values (?, ?, ?, ?, ?)")
                .params(unit, period.toString(), period.getYear(), next, LocalDateTime.now(clock))
                .update();
        return next;
    }
}

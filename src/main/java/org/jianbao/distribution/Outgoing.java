package org.jianbao.distribution;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;

import org.jianbao.generation.DocumentKind;

/**
 * A generated document as distribution sends it.
 *
 * @param docx       the Word file sent: the generated one, or the edited one an operator put in its place
 * @param approvedBy empty until released, when it needs approval
 */
public record Outgoing(long id, DocumentKind kind, String unit, YearMonth period, Path docx, Path pdf,
                       boolean needsApproval, String approvedBy, LocalDateTime approvedAt, Path originalDocx) {

    public boolean awaitingApproval() {
        return needsApproval && approvedAt == null;
    }

    /** As a subject line and a notice name it: {@code 示范区工作进展简报（2026年第1期）}. */
    public String title() {
        return DocumentTitle.of(kind, docx.getFileName().toString());
    }
}

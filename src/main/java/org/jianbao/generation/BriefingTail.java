package org.jianbao.generation;

import java.util.Optional;

import org.jianbao.report.Distribution;

/**
 * Who a unit's briefing goes to (its 报尾), when a list other than the configuration keeps it — the
 * distribution package's recipients, so the printed tail and the mailing list cannot disagree.
 */
public interface BriefingTail {

    /** The 报/送/发 offices of the unit's briefing, or empty to fall back to {@code jianbao.briefing.*}. */
    Optional<Distribution> forBriefing(String unit, int copies);

    /** The configuration alone. */
    BriefingTail NONE = (unit, copies) -> Optional.empty();
}

package org.jianbao.indicator;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.stream.Stream;

/**
 * A target held against the figure of a period.
 *
 * <p>Value targets are annual totals and the figures are cumulative, so the value is compared with
 * 序时进度 (time-elapsed progress): {@code expectedToDate = target × month / 12}. For an indicator where
 * lower is better the comparison is reversed. Growth is compared as is (actual ≥ target growth), rank
 * as is (actual ≤ target rank).
 *
 * @param expectedToDate the value 序时进度 expects by the period (null without a value target)
 * @param progress       actual value as % of the annual value target (null without both)
 */
public record TargetCheck(Target target, Figure figure, YearMonth period, BigDecimal expectedToDate,
        BigDecimal progress, Verdict value, Verdict growth, Verdict rank) {

    /** Every part the target sets is met; false when any part is missed or lacks a figure. */
    public boolean met() {
        return parts().allMatch(v -> v == Verdict.MET || v == Verdict.NO_TARGET)
                && parts().anyMatch(v -> v == Verdict.MET);
    }

    /** Some part is missed (as opposed to merely not reported). */
    public boolean behind() {
        return parts().anyMatch(v -> v == Verdict.NOT_MET);
    }

    private Stream<Verdict> parts() {
        return Stream.of(value, growth, rank);
    }
}

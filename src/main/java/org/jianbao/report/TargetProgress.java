package org.jianbao.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * How an indicator stands against its annual target in a period. The rules, by the indicator's kind
 * ({@link IndicatorKind}):
 *
 * <ul>
 *   <li><b>Cumulative flow with an amount target</b> (investment, revenue, new market entities): the 序时进度 by
 *       month N is N/12. Reached share ≥ 序时进度 is on track (▲), below it behind (▼); the share is shown either
 *       way ({@code ▲83.5%}).</li>
 *   <li><b>Stock or index with a value target</b>: compared with the target directly, in the indicator's direction
 *       (a lower air-quality index is better); no 序时进度.</li>
 *   <li><b>Growth target</b>: met when the cumulative growth reaches it (is at most it, when lower is better).</li>
 *   <li><b>Rank target</b>: met when the rank is as good as or better than it (a smaller number).</li>
 *   <li>A target part without its figure is neither met nor behind: it is left out. ▲ needs every judged part met.</li>
 * </ul>
 * Comparisons use the one-decimal figures the reader sees (an index: the digits the source gives), so the table
 * never contradicts itself.
 */
final class TargetProgress {

    static final String MET = "▲";
    static final String BEHIND = "▼";

    enum Part { SCHEDULE, VALUE, GROWTH, RANK }

    /** One target part that is not met, with the phrase that says so (its figures included). */
    record Shortfall(Part part, String phrase) {
    }

    /**
     * @param targetValue  the 目标值 cell
     * @param targetGrowth the 目标增速 cell
     * @param targetRank   the 目标排名 cell
     * @param progress     the 进度 cell
     * @param shortfalls   one per target part that is behind
     */
    record Result(String targetValue, String targetGrowth, String targetRank, String progress, List<Shortfall> shortfalls) {

        boolean behind() {
            return !shortfalls.isEmpty();
        }

        boolean behindSchedule() {
            return shortfalls.stream().anyMatch(s -> s.part() == Part.SCHEDULE);
        }

        boolean judged() {
            return !progress.equals(OfficeNumbers.MISSING);
        }
    }

    private TargetProgress() {
    }

    /** The 序时进度 of month N in percent, one decimal: 10月 → 83.3. */
    static double schedule(YearMonth period) {
        return OfficeNumbers.rounded(100.0 * period.getMonthValue() / 12);
    }

    static Result of(IndicatorFigure f, YearMonth period) {
        IndicatorTarget t = f.target();
        String missing = OfficeNumbers.MISSING;
        if (t == null || (t.value() == null && t.growth() == null && t.rank() == null)) {
            return new Result(missing, missing, missing, missing, List.of());
        }
        List<Shortfall> shortfalls = new ArrayList<>();
        int judged = 0;
        String share = "";
        String measure = OfficeNumbers.measureInProse(f.measure(), f.kind());

        if (t.value() != null && f.value() != null && t.value() != 0) {
            judged++;
            String goal = OfficeNumbers.target(t.value(), f.kind(), f.measure());
            if (f.kind() == IndicatorKind.FLOW && f.higherIsBetter()) {
                double reached = OfficeNumbers.rounded(100.0 * f.value() / t.value());
                double schedule = schedule(period);
                share = OfficeNumbers.oneDecimal(reached) + "%";
                if (reached < schedule) {
                    shortfalls.add(new Shortfall(Part.SCHEDULE, "完成年度目标" + goal + measure + "的" + share + "，落后序时进度"
                            + OfficeNumbers.points(schedule - reached) + "个百分点"));
                }
            } else {
                double v = f.kind() == IndicatorKind.INDEX ? f.value() : OfficeNumbers.rounded(f.value());
                double g = f.kind() == IndicatorKind.INDEX ? t.value() : OfficeNumbers.rounded(t.value());
                if (f.higherIsBetter() ? v < g : v > g) {
                    shortfalls.add(new Shortfall(Part.VALUE, "为" + OfficeNumbers.figure(f.value(), f.kind(), f.measure()) + measure + "，"
                            + (f.higherIsBetter() ? "未达到" : "高于") + "年度目标" + goal + measure));
                }
            }
        }
        if (t.growth() != null && f.growth() != null) {
            judged++;
            double g = OfficeNumbers.rounded(f.growth());
            double goal = OfficeNumbers.rounded(t.growth());
            if (f.higherIsBetter() ? g < goal : g > goal) {
                shortfalls.add(new Shortfall(Part.GROWTH, "同比" + OfficeNumbers.growthProse(f.growth()) + "，"
                        + (f.higherIsBetter() ? "低于" : "高于") + OfficeNumbers.oneDecimal(t.growth()) + "%的年度目标"
                        + OfficeNumbers.points(goal - g) + "个百分点"));
            }
        }
        if (t.rank() != null && f.rank() != null) {
            judged++;
            if (f.rank() > t.rank()) {
                shortfalls.add(new Shortfall(Part.RANK, "居全市第" + f.rank() + "位，未达到第" + t.rank() + "位的年度目标"));
            }
        }
        String progress = judged == 0 ? missing : (shortfalls.isEmpty() ? MET : BEHIND) + share;
        return new Result(
                t.value() == null ? missing : OfficeNumbers.target(t.value(), f.kind(), f.measure()),
                t.growth() == null ? missing : OfficeNumbers.oneDecimal(t.growth()),
                t.rank() == null ? missing : Integer.toString(t.rank()),
                progress, shortfalls);
    }
}

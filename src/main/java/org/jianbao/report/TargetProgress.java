package org.jianbao.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * How an indicator stands against its annual target in a period.
 *
 * <ul>
 *   <li>An amount target (measure in 元) is compared with the 序时进度: by month N the cumulative value should
 *       reach N/12 of the target. Other value targets (rates, indices) are compared directly.</li>
 *   <li>A growth target is met when the growth reaches it; a rank target when the rank is as good or better.</li>
 *   <li>For an indicator where lower is better every comparison is reversed.</li>
 *   <li>A target part without its figure (no growth yet) is neither met nor behind: it is left out.</li>
 * </ul>
 * Comparisons use the one-decimal figures the reader sees, so the table never contradicts itself.
 */
final class TargetProgress {

    static final String MET = "▲";
    static final String BEHIND = "▼";

    /**
     * @param target     the 年度目标 cell
     * @param progress   the 进度 cell
     * @param shortfalls a phrase per target part that is behind, with its numbers (for 存在问题)
     */
    record Result(String target, String progress, List<String> shortfalls) {

        boolean behind() {
            return !shortfalls.isEmpty();
        }
    }

    private TargetProgress() {
    }

    static boolean isAmount(String measure) {
        return measure != null && measure.contains("元");
    }

    static Result of(IndicatorFigure f, YearMonth period) {
        IndicatorTarget t = f.target();
        if (t == null || (t.value() == null && t.growth() == null && t.rank() == null)) {
            return new Result(OfficeNumbers.MISSING, OfficeNumbers.MISSING, List.of());
        }
        List<String> targetParts = new ArrayList<>();
        List<String> shortfalls = new ArrayList<>();
        int judged = 0;
        String share = "";
        String measure = f.measure() == null ? "" : f.measure();

        if (t.value() != null) {
            targetParts.add(OfficeNumbers.amount(t.value(), measure));
            if (f.value() != null && t.value() != 0) {
                judged++;
                if (isAmount(measure) && f.higherIsBetter()) {
                    double reached = OfficeNumbers.rounded(100.0 * f.value() / t.value());
                    double schedule = OfficeNumbers.rounded(100.0 * period.getMonthValue() / 12);
                    share = OfficeNumbers.oneDecimal(reached) + "%";
                    if (reached < schedule) {
                        shortfalls.add("本期累计完成" + OfficeNumbers.amount(f.value(), measure) + measure + "，完成年度目标"
                                + OfficeNumbers.amount(t.value(), measure) + measure + "的" + OfficeNumbers.oneDecimal(reached)
                                + "%，落后序时进度（" + OfficeNumbers.oneDecimal(schedule) + "%）"
                                + OfficeNumbers.points(schedule - reached) + "个百分点");
                    }
                } else {
                    double v = OfficeNumbers.rounded(f.value());
                    double goal = OfficeNumbers.rounded(t.value());
                    if (f.higherIsBetter() ? v < goal : v > goal) {
                        shortfalls.add("本期为" + OfficeNumbers.amount(f.value(), measure) + measure + "，"
                                + (f.higherIsBetter() ? "未达到" : "高于") + "年度目标（"
                                + OfficeNumbers.amount(t.value(), measure) + measure + "）");
                    }
                }
            }
        }
        if (t.growth() != null) {
            targetParts.add(OfficeNumbers.growthProse(t.growth()));
            if (f.growth() != null) {
                judged++;
                double g = OfficeNumbers.rounded(f.growth());
                double goal = OfficeNumbers.rounded(t.growth());
                if (f.higherIsBetter() ? g < goal : g > goal) {
                    shortfalls.add("同比" + OfficeNumbers.growthProse(f.growth()) + "，"
                            + (f.higherIsBetter() ? "低于" : "高于") + "年度目标（" + OfficeNumbers.growthProse(t.growth())
                            + "）" + OfficeNumbers.points(goal - g) + "个百分点");
                }
            }
        }
        if (t.rank() != null) {
            targetParts.add("第" + t.rank() + "位");
            if (f.rank() != null) {
                judged++;
                if (f.rank() > t.rank()) {
                    shortfalls.add("全市排名第" + f.rank() + "位，未达到年度目标（第" + t.rank() + "位）");
                }
            }
        }
        String progress = judged == 0 ? OfficeNumbers.MISSING : (shortfalls.isEmpty() ? MET : BEHIND) + share;
        return new Result(String.join("，", targetParts), progress, shortfalls);
    }
}

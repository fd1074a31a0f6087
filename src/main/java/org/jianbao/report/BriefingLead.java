package org.jianbao.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The briefing's 导语 and the short text of 一、主要经济指标: the office's voice, built only from the fixed phrases
 * below and the database's figures. It judges nothing the figures do not show: a comparison with the city only when
 * the city's growth is known, a rank change only when last month's rank is.
 */
final class BriefingLead {

    private BriefingLead() {
    }

    /** {@code 1—10月}; January alone is {@code 1月}. */
    static String months(YearMonth period) {
        return period.getMonthValue() == 1 ? "1月" : "1—" + period.getMonthValue() + "月";
    }

    /**
     * How the unit calls itself as a whole: {@code 示范区} → {@code 全区}, {@code 某县} → {@code 全县}. A unit whose name
     * ends in 市 is called by its name, as 全市 means the city the rankings are taken in.
     */
    static String whole(String unit) {
        if (unit == null || unit.isBlank()) {
            return "";
        }
        char last = unit.strip().charAt(unit.strip().length() - 1);
        return "区县镇乡园".indexOf(last) >= 0 ? "全" + last : unit.strip();
    }

    /**
     * {@code 1—10月，全区实现地区生产总值1143.8亿元，同比增长6.7%，高于全市1.5个百分点，居全市第1位；一般公共预算收入完成…。}
     */
    static String lead(String unit, YearMonth period, List<IndicatorFigure> headline) {
        List<String> parts = new ArrayList<>();
        for (IndicatorFigure f : headline) {
            String clause = describe(f, period, parts.isEmpty());
            if (clause != null) {
                parts.add(clause);
            }
        }
        if (parts.isEmpty()) {
            return "";
        }
        return months(period) + "，" + whole(unit) + String.join("；", parts) + "。";
    }

    private static String describe(IndicatorFigure f, YearMonth period, boolean first) {
        if (f.value() == null && f.growth() == null) {
            return null;
        }
        List<String> phrases = new ArrayList<>();
        String head = (first ? "实现" : "") + f.name();
        if (f.value() != null) {
            head += (first ? "" : "完成") + OfficeNumbers.figure(f.value(), f.kind(), f.measure())
                    + OfficeNumbers.measureInProse(f.measure(), f.kind());
        }
        phrases.add(head);
        if (f.growth() != null) {
            phrases.add("同比" + OfficeNumbers.growthProse(f.growth()));
            if (f.cityAverageGrowth() != null) {
                phrases.add(comparedWithCity(f.growth(), f.cityAverageGrowth()));
            }
        }
        if (f.rank() != null) {
            phrases.add("居全市第" + f.rank() + "位" + rankChange(f, period));
        }
        return String.join("，", phrases);
    }

    /** {@code 高于全市1.5个百分点}, {@code 低于全市0.6个百分点}, {@code 与全市持平}. */
    static String comparedWithCity(double growth, double city) {
        double g = OfficeNumbers.rounded(growth);
        double c = OfficeNumbers.rounded(city);
        if (g == c) {
            return "与全市持平";
        }
        return (g > c ? "高于" : "低于") + "全市" + OfficeNumbers.points(g - c) + "个百分点";
    }

    /** {@code ，较9月下降2位} or {@code ，较9月上升1位}; empty when unchanged or unknown. */
    static String rankChange(IndicatorFigure f, YearMonth period) {
        if (f.rank() == null || f.previousRank() == null || f.rank().equals(f.previousRank())) {
            return "";
        }
        int change = f.rank() - f.previousRank();
        return "，较" + period.minusMonths(1).getMonthValue() + "月" + (change > 0 ? "下降" : "上升") + Math.abs(change) + "位";
    }

    /**
     * 一's text: which indicators meet their targets and which do not, and which slowed sharply this month — names
     * only, the numbers are in the table and in 三.
     */
    static String highlights(YearMonth period, List<IndicatorFigure> figures, List<IndicatorFigure> slowed) {
        List<String> met = new ArrayList<>();
        List<String> behind = new ArrayList<>();
        for (IndicatorFigure f : figures) {
            TargetProgress.Result r = TargetProgress.of(f, period);
            if (r.judged()) {
                (r.behind() ? behind : met).add(f.name());
            }
        }
        List<String> sentences = new ArrayList<>();
        if (!met.isEmpty() || !behind.isEmpty()) {
            List<String> clauses = new ArrayList<>();
            if (!met.isEmpty()) {
                clauses.add(met.size() + "项指标达到年度目标或序时进度");
            }
            if (!behind.isEmpty()) {
                clauses.add(behind.size() + "项未达到");
            }
            sentences.add("对照年度目标，" + String.join("，", clauses) + "（见表1）。");
        }
        if (!slowed.isEmpty()) {
            sentences.add(period.getMonthValue() + "月当月，" + (slowed.size() > 2 ? slowed.size() + "项指标"
                    : String.join("、", slowed.stream().map(IndicatorFigure::name).toList())) + "增速较"
                    + period.minusMonths(1).getMonthValue() + "月明显回落。");
        }
        return String.join("", sentences);
    }
}

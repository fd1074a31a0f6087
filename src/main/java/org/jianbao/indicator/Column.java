package org.jianbao.indicator;

import java.util.List;
import java.util.Locale;

/**
 * The columns the importer understands, each with the header texts that name it (Chinese as the
 * bureaus write them, and English). Headers are compared after dropping blanks and a trailing
 * bracketed measure, so {@code 本期累计(亿元)} and {@code 同比增长（%）} are recognised.
 */
enum Column {
    PERIOD("统计期", "统计期间", "期间", "时期", "报告期", "月份", "period"),
    UNIT("单位", "地区", "区县", "单位名称", "unit"),
    INDICATOR("指标", "指标名称", "指标代码", "indicator"),
    VALUE("本期累计", "累计", "本年累计", "累计值", "1-本月累计", "value"),
    MEASURE("计量单位", "measure"),
    GROWTH("同比增长", "同比增速", "同比", "累计增速", "增速", "growth"),
    MONTH_GROWTH("当月增速", "当月增长", "本月增速", "month_growth"),
    RANK("全市排名", "排名", "位次", "全市位次", "rank"),

    YEAR("年度", "年份", "year"),
    TARGET_VALUE("目标值", "年度目标", "目标", "target_value", "target"),
    TARGET_GROWTH("目标增速", "目标增长", "增长目标", "target_growth"),
    TARGET_RANK("目标排名", "目标位次", "排名目标", "target_rank"),

    NAME("项目名称", "项目", "name", "project"),
    CATEGORY("项目类别", "类别", "项目类型", "category"),
    PARK("所属园区", "园区", "park"),
    LEADER("包联领导", "联系领导", "leader"),
    DEPT("责任单位", "责任部门", "牵头单位", "dept", "department"),
    TOTAL_INVESTMENT("总投资", "计划总投资", "total_investment"),
    INVESTED_THIS_YEAR("本年完成投资", "年度完成投资", "今年完成投资", "invested_this_year"),
    PLANNED_SIGN("计划签约", "计划签约日期", "计划签约时间", "planned_sign"),
    ACTUAL_SIGN("实际签约", "签约日期", "实际签约日期", "签约时间", "actual_sign"),
    PLANNED_START("计划开工", "计划开工日期", "计划开工时间", "planned_start"),
    ACTUAL_START("实际开工", "实际开工日期", "开工日期", "开工时间", "actual_start"),
    PLANNED_COMPLETION("计划竣工", "计划竣工日期", "计划竣工时间", "planned_completion"),
    ACTUAL_COMPLETION("实际竣工", "实际竣工日期", "竣工日期", "actual_completion"),
    PLANNED_PRODUCTION("计划投产", "计划投产日期", "计划投产时间", "planned_production"),
    ACTUAL_PRODUCTION("实际投产", "实际投产日期", "投产日期", "actual_production"),
    STATUS("当前状态", "项目状态", "状态", "进度状态", "status"),
    PROGRESS("本周进展", "进展情况", "最新进展", "progress"),
    PROGRESS_WEEK("调度日期", "进展日期", "调度周", "progress_date", "week_of");

    private final List<String> headers;

    Column(String... headers) {
        this.headers = List.of(headers);
    }

    /** The first header text (how error messages name the column when it is missing). */
    String label() {
        return headers.get(0);
    }

    static java.util.Optional<Column> recognise(String header) {
        String key = normalise(header);
        if (key.isEmpty()) {
            return java.util.Optional.empty();
        }
        for (Column column : values()) {
            for (String h : column.headers) {
                if (normalise(h).equals(key)) {
                    return java.util.Optional.of(column);
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** Drops blanks, a trailing (亿元)/（%）/[%] and a trailing %; folds case and spaces to underscores. */
    static String normalise(String header) {
        String h = header.strip().toLowerCase(Locale.ROOT);
        h = h.replaceAll("[(（\\[【][^)）\\]】]*[)）\\]】]$", "");
        h = h.replaceAll("%$", "");
        h = h.strip().replaceAll("[\\s\\u3000]+", h.matches("[a-z _]+") ? "_" : "");
        return h;
    }
}

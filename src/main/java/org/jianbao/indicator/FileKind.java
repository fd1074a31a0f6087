package org.jianbao.indicator;

/** What a file holds, recognised from its header row. */
public enum FileKind {
    /** 指标数据: one row per unit, indicator and period. */
    VALUES,
    /** 目标任务: one row per unit, indicator and year. */
    TARGETS,
    /** 项目台账: one row per project. */
    PROJECTS
}

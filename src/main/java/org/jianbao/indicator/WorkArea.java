package org.jianbao.indicator;

/** The seven work areas of section 二 of the speech, in the speech's order. */
public enum WorkArea {
    经济运行, 产业发展, 园区建设, 项目建设, 科技创新, 城市建设, 营商环境
}

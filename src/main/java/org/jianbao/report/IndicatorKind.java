package org.jianbao.report;

/**
 * What kind of quantity an indicator is, which decides how it is judged against its target.
 *
 * <ul>
 *   <li>{@link #FLOW}: a cumulative flow over the year (investment, revenue, output, new market entities). By month
 *       N it should have reached N/12 of an amount target (序时进度).</li>
 *   <li>{@link #STOCK}: a level at a point in time (number of high-tech enterprises). Compared with its target
 *       directly; no 序时进度.</li>
 *   <li>{@link #INDEX}: an index or rate (air-quality index). Compared with its target directly, in the indicator's
 *       direction (a lower air-quality index is better); printed with the digits the source gives.</li>
 * </ul>
 */
public enum IndicatorKind {
    FLOW, STOCK, INDEX;

    /**
     * The kind by rule, from the measure and the name, so that indicators no one listed are judged too: an 指数 or
     * a percentage is an index; money (元) and what is newly added in the year (新增/新登记/新设…) accumulate;
     * any other count (家, 个) is a stock.
     */
    public static IndicatorKind of(String name, String measure) {
        String m = measure == null ? "" : measure.strip();
        String n = name == null ? "" : name.strip();
        if (m.contains("指数") || m.equals("%") || m.equals("％") || n.endsWith("指数") || n.endsWith("率")) {
            return INDEX;
        }
        if (m.contains("元") || n.startsWith("新增") || n.startsWith("新登记") || n.startsWith("新设")
                || n.startsWith("新引进") || n.startsWith("新签约")) {
            return FLOW;
        }
        return STOCK;
    }
}

package org.jianbao.report;

/**
 * A unit's annual target for one indicator. Any part may be null: offices often set only a growth target,
 * or only a rank.
 *
 * @param value  the annual amount (in the indicator's measure), or null
 * @param growth the growth the year should reach, in percent, or null
 * @param rank   the rank in the city the year should reach (1 = first), or null
 */
public record IndicatorTarget(Double value, Double growth, Integer rank) {
}

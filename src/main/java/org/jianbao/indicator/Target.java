package org.jianbao.indicator;

import java.math.BigDecimal;

/** A unit's target for an indicator and year; any of value, growth (%) and rank may be set. */
public record Target(String unit, String code, String name, int year, String measure, BigDecimal value,
        BigDecimal growth, Integer rank) {
}

package org.jianbao.indicator;

/** A reporting unit: a district or park, or the city whose rows are city averages. */
public record Unit(int id, String code, String name, UnitKind kind, boolean isDefault) {
}

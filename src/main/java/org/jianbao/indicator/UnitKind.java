package org.jianbao.indicator;

public enum UnitKind {
    DISTRICT, PARK, CITY
}

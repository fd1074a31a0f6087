package org.jianbao.indicator;

import java.util.ArrayList;
import java.util.List;

/**
 * A catalogue entry.
 *
 * @param measure        unit of measure of the cumulative value (亿元, %, 家, 指数)
 * @param higherIsBetter whether a larger value is good news (false for 空气质量综合指数)
 * @param rankOnly       only the city rank counts; the value may be absent
 */
public record Indicator(int id, String code, String name, List<String> aliases, String measure,
        WorkArea area, boolean higherIsBetter, boolean rankOnly, int sortOrder) {

    public Indicator {
        aliases = List.copyOf(aliases);
    }

    /** Every name a sheet may use for this indicator: code, name and aliases. */
    List<String> names() {
        List<String> all = new ArrayList<>();
        all.add(code);
        all.add(name);
        all.addAll(aliases);
        return all;
    }
}

package org.jianbao.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A chart from plain data (as JSON gives it): {@code {"type": "bar", "title": "…", "categories": ["1月", …],
 * "series": [{"name": "…", "values": [1.5, null, …]}], "widthMm": 150, "heightMm": 80}}.
 */
final class ChartFromData {

    private ChartFromData() {
    }

    static Chart of(Map<?, ?> m) {
        Object type = m.get("type");
        Chart.ChartType chartType = type == null ? Chart.ChartType.BAR
                : Chart.ChartType.valueOf(type.toString().toUpperCase(Locale.ROOT));
        List<String> categories = new ArrayList<>();
        for (Object c : list(m.get("categories"), "categories")) {
            categories.add(String.valueOf(c));
        }
        List<Chart.Series> series = new ArrayList<>();
        for (Object s : list(m.get("series"), "series")) {
            if (!(s instanceof Map<?, ?> sm)) {
                throw new IllegalArgumentException("a chart series must be an object with name and values");
            }
            List<Double> values = new ArrayList<>();
            for (Object v : list(sm.get("values"), "values")) {
                values.add(v instanceof Number n ? n.doubleValue() : null);
            }
            series.add(new Chart.Series(String.valueOf(sm.get("name")), values));
        }
        int width = m.get("widthMm") instanceof Number n ? n.intValue() : 150;
        int height = m.get("heightMm") instanceof Number n ? n.intValue() : 80;
        Object title = m.get("title");
        return new Chart(chartType, title == null ? null : title.toString(), categories, series, width, height);
    }

    private static List<?> list(Object value, String what) {
        if (value instanceof List<?> l) {
            return l;
        }
        throw new IllegalArgumentException("a chart needs a list of " + what);
    }
}

package org.jianbao.template;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A chart from plain data (as JSON gives it): {@code {"type": "bar", "title": "…", "categories": ["1月", …],
 * "series": [{"name": "…", "values": [1.5, null, …]}], "widthMm": 150, "heightMm": 80}}.
 */
final class ChartFromData {

    /** What offices write in a cell that has no figure. */
    private static final Set<String> NO_FIGURE = Set.of("—", "-", "–", "/", "——", "null");

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
            String name = String.valueOf(sm.get("name"));
            List<Double> values = new ArrayList<>();
            for (Object v : list(sm.get("values"), "values")) {
                values.add(value(v, name));
            }
            series.add(new Chart.Series(name, values));
        }
        int width = size(m.get("widthMm"), 150, "widthMm");
        int height = size(m.get("heightMm"), 80, "heightMm");
        Object title = m.get("title");
        return new Chart(chartType, title == null ? null : title.toString(), categories, series, width, height);
    }

    /**
     * A figure, also when a spreadsheet or a JSON file gives it as text ({@code "5.1"}, {@code "5.1%"},
     * {@code "1,234.5"}, full-width {@code "５.１"}): such a figure drawn as a gap would silently misreport it.
     * Null and the office's marks for "no figure" ({@code ""}, {@code —}, {@code -}, {@code /}) are a gap; any other
     * text is refused by name rather than guessed at.
     */
    private static Double value(Object v, String series) {
        if (v == null || v instanceof Number) {
            return v == null ? null : ((Number) v).doubleValue();
        }
        String text = Normalizer.normalize(v.toString(), Normalizer.Form.NFKC).strip();
        if (text.isEmpty() || NO_FIGURE.contains(text)) {
            return null;
        }
        String plain = text.replace(",", "").replaceFirst("%$", "");
        try {
            double d = Double.parseDouble(plain);
            if (Double.isFinite(d) && !plain.matches(".*[a-zA-Z].*")) {
                return d;
            }
        } catch (NumberFormatException ignored) {
            // refused below, with the series named
        }
        throw new IllegalArgumentException("chart series \"" + series + "\": value \"" + v + "\" is not a number");
    }

    private static int size(Object v, int otherwise, String what) {
        if (v == null) {
            return otherwise;
        }
        Double d = value(v, what);
        return d == null ? otherwise : (int) Math.round(d);
    }

    private static List<?> list(Object value, String what) {
        if (value instanceof List<?> l) {
            return l;
        }
        throw new IllegalArgumentException("a chart needs a list of " + what);
    }
}

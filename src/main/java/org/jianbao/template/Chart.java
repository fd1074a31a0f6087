package org.jianbao.template;

import java.util.List;

/**
 * A native Word chart for a {@code {{@name}}} tag: written with its data cached in the chart part, so Word and
 * WPS show it without a "refresh data" click.
 *
 * @param type       bar or line
 * @param title      shown above the plot, or null for none
 * @param categories the x-axis labels (e.g. {@code 1月}…{@code 10月})
 * @param series     one or more named series, each with one value per category (null = no data point)
 * @param widthMm    width on the page
 * @param heightMm   height on the page
 * @param labelLast  each series' last value written beside its point (the figure a reader looks for first)
 */
public record Chart(ChartType type, String title, List<String> categories, List<Series> series, int widthMm, int heightMm,
        boolean labelLast) {

    public enum ChartType { BAR, LINE }

    public record Series(String name, List<Double> values) {
    }

    public Chart(ChartType type, String title, List<String> categories, List<Series> series, int widthMm, int heightMm) {
        this(type, title, categories, series, widthMm, heightMm, false);
    }

    public Chart {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("series " + s.name() + " has " + s.values().size()
                        + " values for " + categories.size() + " categories");
            }
        }
    }
}

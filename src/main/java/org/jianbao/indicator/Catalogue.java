package org.jianbao.indicator;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The indicators and units known at one moment, looked up by any of their names. Names are compared
 * after {@link #normalise(String)}, so {@code gdp}, {@code GDP} and {@code 地区生产总值 } match alike.
 */
public final class Catalogue {

    private static final java.util.regex.Pattern BLANKS = java.util.regex.Pattern.compile("[\\s\\u3000]+");

    private final List<Indicator> indicators;
    private final List<Unit> units;
    private final Map<String, Indicator> indicatorsByName = new HashMap<>();
    private final Map<String, Unit> unitsByName = new HashMap<>();

    public Catalogue(List<Indicator> indicators, List<Unit> units) {
        this.indicators = indicators.stream().sorted(Comparator.comparingInt(Indicator::sortOrder)).toList();
        this.units = List.copyOf(units);
        for (Indicator indicator : this.indicators) {
            indicator.names().forEach(n -> indicatorsByName.putIfAbsent(normalise(n), indicator));
        }
        for (Unit unit : this.units) {
            unitsByName.putIfAbsent(normalise(unit.name()), unit);
            unitsByName.putIfAbsent(normalise(unit.code()), unit);
        }
    }

    public List<Indicator> indicators() {
        return indicators;
    }

    public List<Unit> units() {
        return units;
    }

    public Optional<Indicator> indicator(String name) {
        return Optional.ofNullable(indicatorsByName.get(normalise(name)));
    }

    /** A unit by name or code; {@code 全市}/{@code city} always means the city unit, whatever it is called. */
    public Optional<Unit> unit(String name) {
        String key = normalise(name);
        Optional<Unit> unit = Optional.ofNullable(unitsByName.get(key));
        return unit.isPresent() || !(key.equals("全市") || key.equals("city")) ? unit : cityUnit();
    }

    public Unit defaultUnit() {
        return units.stream().filter(Unit::isDefault).findFirst()
                .orElseThrow(() -> new IllegalStateException("no default unit configured"));
    }

    public Optional<Unit> cityUnit() {
        return units.stream().filter(u -> u.kind() == UnitKind.CITY).findFirst();
    }

    /** Up to three catalogue names closest to a name nobody knows (edit distance over characters). */
    public List<String> closestIndicators(String unknown) {
        return closest(unknown, indicators.stream().flatMap(i -> i.names().stream()).toList());
    }

    public List<String> closestUnits(String unknown) {
        return closest(unknown, units.stream().map(Unit::name).toList());
    }

    private static List<String> closest(String unknown, List<String> candidates) {
        String probe = normalise(unknown);
        return candidates.stream()
                .map(c -> Map.entry(c, distance(probe, normalise(c))))
                .filter(e -> e.getValue() <= Math.max(2, (probe.length() + 1) / 3))
                .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey)
                .distinct()
                .limit(3)
                .toList();
    }

    /** Trims, drops inner blanks (full-width too) and folds Latin case. */
    static String normalise(String name) {
        return BLANKS.matcher(name).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** Levenshtein distance by code point: names are short, two rows suffice. */
    static int distance(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int[] prev = new int[y.length + 1];
        int[] cur = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            cur[0] = i;
            for (int j = 1; j <= y.length; j++) {
                int cost = x[i - 1] == y[j - 1] ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[y.length];
    }
}

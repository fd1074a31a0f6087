package org.jianbao.indicator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.jianbao.indicator.SampleDataGenerator.Spec;

/**
 * Fictional data for many units at once (区/县 of an imagined city), in the files {@code import} takes: the period's
 * year of indicator values up to the period (one CSV, every unit and month, ranks among the units, the city's
 * averages), the year's targets, and two project ledgers. Plus {@value #UNITS_FILE}, the configuration that makes
 * the units known: the importer refuses a unit nobody configured (a typo must not create a district).
 *
 * <p>Deterministic: the same seed, unit count and period give the same bytes. Each unit draws from its own random
 * stream, so unit 7's figures do not change when more units are asked for (only the ranks among them do).
 */
public final class SyntheticUnits {

    public static final String UNITS_FILE = "units.yml";

    /** Place-name syllables: two of them and 区 or 县 make names like 青山区, 临江县. */
    private static final String SYLLABLES = "东西南北青白金龙凤云江河湖山川平安宁和泰丰华兴新长永清明德福临海阳林石桥源溪宝岭";
    private static final String NOTE = "注:本表为 jianbao sample 生成的虚构数据,用于演示和测量,不代表任何真实地区。";
    private static final int RANK_ONLY = 7; // 空气质量综合指数 in SampleDataGenerator.SPECS

    private final int count;
    private final long seed;
    private final YearMonth period;
    private final List<String> names;

    public SyntheticUnits(int count, long seed, YearMonth period) {
        if (count < 1) {
            throw new IllegalArgumentException("at least one unit");
        }
        this.count = count;
        this.seed = seed;
        this.period = period;
        this.names = names(count, seed);
    }

    /** The units' names, distinct, in the order they are written (and configured). */
    public List<String> names() {
        return names;
    }

    /** Writes every file into {@code dir} (created if need be) and returns them, the configuration first. */
    public List<Path> write(Path dir) throws IOException {
        Files.createDirectories(dir);
        String prefix = count + "个单位-" + period.getYear() + "年";
        List<Path> files = List.of(dir.resolve(UNITS_FILE),
                dir.resolve(prefix + "1-" + period.getMonthValue() + "月主要经济指标.csv"),
                dir.resolve(prefix + "目标任务.csv"),
                dir.resolve(prefix + "重点项目台账.csv"),
                dir.resolve(prefix + "招引项目台账.csv"));
        writeUnits(files.get(0));
        Profile[] profiles = IntStream.range(0, count).mapToObj(this::profile).toArray(Profile[]::new);
        writeValues(files.get(1), profiles);
        writeTargets(files.get(2), profiles);
        writeProjects(files.get(3), ProjectCategory.重点项目);
        writeProjects(files.get(4), ProjectCategory.招引项目);
        return files;
    }

    // ---- names ----

    static List<String> names(int count, long seed) {
        List<String> all = new ArrayList<>();
        for (char a : SYLLABLES.toCharArray()) {
            for (char b : SYLLABLES.toCharArray()) {
                if (a != b) {
                    all.add("" + a + b);
                }
            }
        }
        Collections.shuffle(all, new Random(seed));
        List<String> names = new ArrayList<>(count);
        Set<String> taken = new LinkedHashSet<>();
        for (int i = 0; i < count; i++) {
            // beyond the syllable pairs (1,640 区 + 1,640 县), numbered 示范区
            String name = i < 2 * all.size()
                    ? all.get(i % all.size()) + (i < all.size() ? "区" : "县")
                    : String.format("示范区%05d", i - 2 * all.size() + 1);
            if (!taken.add(name)) {
                throw new IllegalStateException("duplicate unit name " + name);
            }
            names.add(name);
        }
        return List.copyOf(names);
    }

    private void writeUnits(Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("# Written by `jianbao sample`: the synthetic units, so that `import` and `run` know them.\n");
            out.write("# Give it to every command: --spring.config.additional-location=file:DIR/" + UNITS_FILE + "\n");
            out.write("jianbao:\n  indicator:\n    other-units:\n");
            for (String name : names) {
                out.write("      - \"" + name + "\"\n");
            }
        }
    }

    // ---- values ----

    /** What makes one unit different from the next: its size, its pace, its air. */
    private record Profile(double size, double pace, double[] scale, double[] lead, double air, Random random) {
    }

    private Profile profile(int unit) {
        Random random = new Random(seed * 1_000_003L + unit);
        int n = SampleDataGenerator.SPECS.size();
        double[] scale = new double[n];
        double[] lead = new double[n];
        for (int i = 0; i < n; i++) {
            scale[i] = 0.7 + random.nextDouble() * 0.6;
            lead[i] = random.nextGaussian() * 1.5;
        }
        // sizes from a small county (a fifth of 示范区) to a big district (twice)
        double size = Math.exp(random.nextGaussian() * 0.5) * 0.8;
        return new Profile(Math.max(0.2, Math.min(size, 2.5)), random.nextGaussian() * 1.2, scale, lead,
                0.85 + random.nextDouble() * 0.35, random);
    }

    private void writeValues(Path file, Profile[] units) throws IOException {
        List<Spec> specs = SampleDataGenerator.SPECS;
        int year = period.getYear();
        double[][] previous = new double[count][specs.size()];
        double[][] previousLastYear = new double[count][specs.size()];
        try (CSVPrinter csv = printer(file)) {
            csv.printRecord(SampleDataGenerator.VALUE_HEADER);
            for (int month = 1; month <= period.getMonthValue(); month++) {
                String ym = YearMonth.of(year, month).toString();
                double[][] value = new double[count][specs.size()];
                double[][] growth = new double[count][specs.size()];
                String[][] monthGrowth = new String[count][specs.size()];
                for (int u = 0; u < count; u++) {
                    Profile p = units[u];
                    for (int i = 0; i < specs.size(); i++) {
                        Spec s = specs.get(i);
                        if (i == RANK_ONLY) {
                            value[u][i] = SampleDataGenerator.round(
                                    4.6 * p.air() - month * 0.012 + p.random().nextDouble() * 0.1, 2);
                            continue;
                        }
                        double g = SampleDataGenerator.round(s.growth2026() + p.pace() + p.lead()[i]
                                + (p.random().nextDouble() - 0.5) * (month < 4 ? 1.6 : 0.8), 1);
                        // last year's cumulative value: the samples' base year, scaled to the unit
                        double lastYear = SampleDataGenerator.cumulative(s, 2025, month)
                                * p.size() * p.scale()[i];
                        double v = lastYear * (1 + g / 100);
                        if (!s.stock() && month > 1) {
                            double increment = v - previous[u][i];
                            double incrementLastYear = lastYear - previousLastYear[u][i];
                            monthGrowth[u][i] = SampleDataGenerator.fmt(
                                    SampleDataGenerator.round((increment / incrementLastYear - 1) * 100, 1), 1);
                        }
                        previous[u][i] = v;
                        previousLastYear[u][i] = lastYear;
                        value[u][i] = v;
                        growth[u][i] = g;
                    }
                }
                int[][] rank = ranks(value, growth);
                for (int u = 0; u < count; u++) {
                    for (int i = 0; i < specs.size(); i++) {
                        Spec s = specs.get(i);
                        if (i == RANK_ONLY) {
                            csv.printRecord(ym, names.get(u), s.name(), s.measure(), SampleDataGenerator.fmt(value[u][i], 2),
                                    "", "", rank[u][i]);
                            continue;
                        }
                        String v = s.measure().equals("家") || s.measure().equals("户")
                                ? SampleDataGenerator.fmt(Math.round(value[u][i]), 0)
                                : SampleDataGenerator.fmt(value[u][i], 2);
                        csv.printRecord(ym, names.get(u), s.name(), s.measure(), v,
                                SampleDataGenerator.fmt(growth[u][i], 1),
                                monthGrowth[u][i] == null ? "" : monthGrowth[u][i], rank[u][i]);
                    }
                }
                // The city's row for the main indicators: the units' mean growth, for "高于全市平均".
                for (int i = 0; i < RANK_ONLY; i++) {
                    Spec s = specs.get(i);
                    double mean = 0;
                    for (int u = 0; u < count; u++) {
                        mean += growth[u][i] / count;
                    }
                    csv.printRecord(ym, SampleDataGenerator.CITY, s.name(), s.measure(), "",
                            SampleDataGenerator.fmt(SampleDataGenerator.round(mean, 1), 1), "", "");
                }
            }
            csv.println();
            csv.printRecord(NOTE);
        }
    }

    /** Ranks among the units: by growth (first = fastest), the air index by value (first = cleanest). */
    private int[][] ranks(double[][] value, double[][] growth) {
        int n = SampleDataGenerator.SPECS.size();
        int[][] rank = new int[count][n];
        for (int i = 0; i < n; i++) {
            int indicator = i;
            Integer[] order = IntStream.range(0, count).boxed().toArray(Integer[]::new);
            Comparator<Integer> by = indicator == RANK_ONLY
                    ? Comparator.comparingDouble(u -> value[u][indicator])
                    : Comparator.comparingDouble((Integer u) -> growth[u][indicator]).reversed();
            Arrays.sort(order, by.thenComparingInt(u -> u));
            for (int r = 0; r < count; r++) {
                rank[order[r]][i] = r + 1;
            }
        }
        return rank;
    }

    // ---- targets ----

    private void writeTargets(Path file, Profile[] units) throws IOException {
        List<Spec> specs = SampleDataGenerator.SPECS;
        try (CSVPrinter csv = printer(file)) {
            csv.printRecord("年度", "单位", "指标", "计量单位", "目标值", "目标增速(%)", "目标排名");
            String year = String.valueOf(period.getYear());
            for (int u = 0; u < count; u++) {
                Profile p = units[u];
                // Set at the start of the year a little above the unit's pace: some units end up behind.
                Random random = new Random(seed * 7_919L + u);
                for (int i : new int[] {0, 1, 2, 4, 5, 8, 10, 12, 14}) {
                    Spec s = specs.get(i);
                    double growth = SampleDataGenerator.round(s.growth2026() + p.pace() + p.lead()[i] - 0.5
                            + random.nextDouble() * 2, 1);
                    String value = "";
                    if (i == 0 || i == 1 || i == 10 || i == 14) {
                        double target = s.annual2025() * p.size() * p.scale()[i] * (1 + growth / 100);
                        value = s.measure().equals("户") ? SampleDataGenerator.fmt(Math.round(target), 0)
                                : SampleDataGenerator.fmt(target, 1);
                    }
                    String rank = i == 0 || i == 2 ? String.valueOf(1 + random.nextInt(Math.max(1, count / 3))) : "";
                    csv.printRecord(year, names.get(u), s.name(), s.measure(), value, value.isEmpty() || i == 0
                            ? SampleDataGenerator.fmt(growth, 1) : "", rank);
                }
                csv.printRecord(year, names.get(u), specs.get(RANK_ONLY).name(), specs.get(RANK_ONLY).measure(), "", "",
                        String.valueOf(1 + random.nextInt(Math.max(1, count / 2))));
            }
            csv.println();
            csv.printRecord(NOTE);
        }
    }

    // ---- project ledgers ----

    private void writeProjects(Path file, ProjectCategory category) throws IOException {
        List<String> header = new ArrayList<>(SampleDataGenerator.PROJECT_HEADER);
        header.add(1, "单位");
        try (CSVPrinter csv = printer(file)) {
            csv.printRecord(header);
            boolean attracted = category == ProjectCategory.招引项目;
            for (int u = 0; u < count; u++) {
                // one generator per unit and ledger: its own stream, as for the values
                SampleDataGenerator generator = new SampleDataGenerator(seed * 31L + u * 2L + (attracted ? 1 : 0),
                        period.atEndOfMonth());
                int projects = attracted ? 10 + (int) (u * 7919L % 21) : 8 + (int) (u * 104729L % 17);
                for (List<String> row : generator.projectRows(category, period.getYear(), projects)) {
                    List<String> cells = new ArrayList<>(row);
                    cells.add(1, names.get(u));
                    csv.printRecord(cells);
                }
            }
            csv.println();
            csv.printRecord(NOTE);
        }
    }

    /** UTF-8 with a BOM and CRLF: what Excel on a Chinese Windows opens without asking. */
    private static CSVPrinter printer(Path file) throws IOException {
        BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        out.write('\uFEFF');
        return new CSVPrinter(out, CSVFormat.DEFAULT);
    }
}

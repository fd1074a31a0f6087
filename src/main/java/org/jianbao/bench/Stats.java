package org.jianbao.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/** Small helpers for figures: medians, the load average, formatting. */
final class Stats {

    private Stats() {
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /** The nearest-rank percentile (p in 0..100): a value that was measured, never one interpolated between two. */
    static double percentile(double[] values, double p) {
        double[] v = values.clone();
        Arrays.sort(v);
        int rank = (int) Math.ceil(p / 100 * v.length);
        return v[Math.max(0, Math.min(v.length - 1, rank - 1))];
    }

    /** The 1-minute load average and the number of cores, as "6.1 / 2 cores". */
    static String load() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        try {
            Path proc = Path.of("/proc/loadavg");
            if (Files.isReadable(proc)) {
                load = Double.parseDouble(Files.readString(proc).split(" ")[0]);
            }
        } catch (Exception e) {
            // the MX bean's figure then
        }
        return load < 0 ? "n/a" : String.format(Locale.ROOT, "%.1f", load);
    }

    static String ms(double ms) {
        return ms >= 100 ? String.format(Locale.ROOT, "%.0f ms", ms) : String.format(Locale.ROOT, "%.1f ms", ms);
    }

    static String seconds(double s) {
        return String.format(Locale.ROOT, "%.2f s", s);
    }

    static String perSecond(double n) {
        return n >= 100 ? String.format(Locale.ROOT, "%,.0f docs/s", n) : String.format(Locale.ROOT, "%.1f docs/s", n);
    }

    static String times(double ratio) {
        return String.format(Locale.ROOT, "%.1f×", ratio);
    }
}

package org.jianbao.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A command run as a new process, timed from outside: wall clock always; user and system CPU and peak resident
 * memory when {@code /usr/bin/time} is there to report them (GNU time).
 */
final class ChildProcess {

    private static final Path GNU_TIME = Path.of("/usr/bin/time");

    /** @param cpu user + system seconds, or -1 when unknown; @param rssMb peak resident set in MB, or -1 */
    record Timing(double wall, double cpu, double rssMb, int exit, String output) {

        boolean ok() {
            return exit == 0;
        }

        String describe() {
            return Stats.seconds(wall) + (cpu >= 0 ? " (CPU " + Stats.seconds(cpu) + ")" : "");
        }
    }

    private ChildProcess() {
    }

    static boolean available(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Starts a long-running command (the service) without waiting: its output goes to {@code log}, the caller
     * stops it ({@link #stop}).
     */
    static Process start(List<String> command, Path dir, Map<String, String> env, Path log) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().putAll(env);
        return pb.start();
    }

    /**
     * SIGTERM first, as an operator stops the service (Spring closes the context, H2 closes its file); killed
     * only if it has not ended within {@code graceSeconds}. True when it ended by itself.
     */
    static boolean stop(Process process, int graceSeconds) {
        process.destroy();
        try {
            if (process.waitFor(graceSeconds, TimeUnit.SECONDS)) {
                return true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        return false;
    }

    static Timing run(List<String> command, Path dir, Map<String, String> env, int timeoutSeconds) throws IOException {
        Path times = Files.createTempFile("jianbao-bench", ".time");
        Path output = Files.createTempFile("jianbao-bench", ".out");
        try {
            List<String> line = new ArrayList<>();
            boolean gnuTime = Files.isExecutable(GNU_TIME);
            if (gnuTime) {
                line.addAll(List.of(GNU_TIME.toString(), "-o", times.toString(), "-f", "%e %U %S %M"));
            }
            line.addAll(command);
            ProcessBuilder pb = new ProcessBuilder(line).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            pb.environment().putAll(env);
            long t0 = System.nanoTime();
            Process p = pb.start();
            boolean done;
            try {
                done = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                done = false;
            }
            double wall = (System.nanoTime() - t0) / 1e9;
            if (!done) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                return new Timing(wall, -1, -1, -1, "timed out after " + timeoutSeconds + " s");
            }
            double cpu = -1;
            double rss = -1;
            if (gnuTime) {
                String[] f = Files.readString(times).trim().split("\\s+");
                String[] last = f.length >= 4 ? java.util.Arrays.copyOfRange(f, f.length - 4, f.length) : f;
                try {
                    wall = Double.parseDouble(last[0]);
                    cpu = Double.parseDouble(last[1]) + Double.parseDouble(last[2]);
                    rss = Double.parseDouble(last[3]) / 1024;
                } catch (RuntimeException e) {
                    // keep what was measured here
                }
            }
            String out = Files.readString(output);
            return new Timing(wall, cpu, rss, p.exitValue(), out.length() > 2000 ? out.substring(out.length() - 2000) : out);
        } finally {
            Files.deleteIfExists(times);
            Files.deleteIfExists(output);
        }
    }
}

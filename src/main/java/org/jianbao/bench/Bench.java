package org.jianbao.bench;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jianbao.pdf.DocxPdfRenderer;

/**
 * Everything the README's performance table says, measured in one run on this machine: the warm product path
 * against poi-tl, the renderer against LibreOffice (per call and amortised), whole commands as cold processes
 * ({@code pdf}, {@code generate briefing}, {@code run} over N synthetic units), each figure with what it includes
 * and the load average while it was measured. What cannot be measured here (no LibreOffice, no poi-tl, a build
 * without {@code sample}) is a row that says so.
 */
public final class Bench {

    /**
     * @param template  the product's briefing template
     * @param model     the briefing model as JSON (samples/briefing-model.json)
     * @param samples   the sample indicator files (imported before {@code generate})
     * @param speech    the speech {@code generate} analyses
     * @param units     the unit counts for {@code run --all-units}
     * @param docs      documents per warm measurement
     * @param runs      runs per cold command
     * @param poiTlJar  where poi-tl is when not on the class path
     * @param launcher  bin/jianbao, or null
     * @param requests  on-demand briefings measured through the service (0: that row is skipped)
     * @param onlyService measure the service row alone (to check it without the rest of the table)
     */
    public record Options(Path template, Path model, Path samples, Path speech, List<Integer> units, int docs, int runs,
                          Path poiTlJar, Path launcher, int requests, boolean onlyService) {
    }

    private final Options options;
    private final Supplier<DocxPdfRenderer> renderer;
    private final PrintWriter progress;
    private final Path work;

    public Bench(Options options, Supplier<DocxPdfRenderer> renderer, PrintWriter progress) throws IOException {
        this.options = options;
        this.renderer = renderer;
        this.progress = progress;
        this.work = Files.createTempDirectory("jianbao-bench");
    }

    public List<Row> run(Map<String, Object> model) throws Exception {
        List<Row> rows = new ArrayList<>();
        try {
            if (options.onlyService()) {
                rows.add(service());
                return rows;
            }
            byte[] template = Files.readAllBytes(options.template());
            WarmBench warm = new WarmBench(template, model, renderer.get(), options.docs());
            step("fill: jianbao against poi-tl");
            StringBuilder why = new StringBuilder();
            PoiTl poiTl = PoiTl.find(options.poiTlJar(), why);
            rows.addAll(warm.fill(poiTl, why.toString()));
            step("whole briefing, warm");
            rows.add(warm.wholeBriefing());
            byte[] briefing = warm.filledBriefing();
            Path docx = work.resolve("briefing.docx");
            Files.write(docx, briefing);
            step("render against LibreOffice");
            rows.add(renderAgainstLibreOffice(warm, docx));
            step("cold pdf command");
            rows.addAll(coldPdf(docx));
            step("generate briefing, cold");
            rows.addAll(coldGenerate());
            for (int n : options.units()) {
                step("run --all-units, " + n + " units");
                rows.addAll(runUnits(n));
            }
            step("on-demand briefings through the service");
            rows.add(service());
        } finally {
            delete(work);
        }
        return rows;
    }

    private void step(String what) {
        progress.println("bench: " + what + " (load " + Stats.load() + ")");
        progress.flush();
    }

    // ---- the renderer against LibreOffice --------------------------------------------------------------------

    private Row renderAgainstLibreOffice(WarmBench warm, Path docx) throws IOException {
        String what = "briefing .docx → PDF: our renderer (parse + layout + PDF) against LibreOffice";
        double ours = warm.renderMs(Files.readAllBytes(docx));
        String load = Stats.load();
        if (!ChildProcess.available("soffice")) {
            return new Row(what, "ours warm, in process", Stats.ms(ours), "LibreOffice skipped: no soffice on the PATH",
                    "—", load);
        }
        Path profile = work.resolve("lo-profile");
        soffice(List.of(docx), profile); // makes the profile: not timed, a user's LibreOffice has one
        List<Double> perCall = new ArrayList<>();
        for (int r = 0; r < options.runs(); r++) {
            ChildProcess.Timing t = soffice(List.of(docx), profile);
            if (t.ok()) {
                perCall.add(t.wall());
            }
        }
        List<Path> copies = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            Path copy = work.resolve("copies").resolve("b" + i + ".docx");
            Files.createDirectories(copy.getParent());
            Files.copy(docx, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            copies.add(copy);
        }
        ChildProcess.Timing batch = soffice(copies, profile);
        if (perCall.isEmpty() || !batch.ok()) {
            return new Row(what, "ours warm", Stats.ms(ours), "LibreOffice failed: " + lastLine(batch.output()), "—", load);
        }
        double call = Stats.median(perCall.stream().mapToDouble(Double::doubleValue).toArray()) * 1000;
        double amortised = batch.wall() * 1000 / copies.size();
        return new Row(what, "ours: warm renderer, per document; LibreOffice: `soffice --convert-to pdf` per call (a new"
                + " process, median of " + perCall.size() + ") and one call for 10 documents ÷ 10",
                Stats.ms(ours) + " per document", Stats.ms(call) + " per call; " + Stats.ms(amortised) + " per document in a 10-document call",
                Stats.times(call / ours) + " per call; " + Stats.times(amortised / ours) + " amortised", load);
    }

    private ChildProcess.Timing soffice(List<Path> docs, Path profile) throws IOException {
        List<String> command = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", work.resolve("lo-out").toString()));
        docs.forEach(d -> command.add(d.toString()));
        return ChildProcess.run(command, work, Map.of(), 300);
    }

    // ---- cold commands ---------------------------------------------------------------------------------------

    /** `pdf` on the filled briefing: bin/jianbao and java -jar against one soffice call, interleaved. */
    private List<Row> coldPdf(Path docx) throws IOException {
        Path out = Files.createDirectories(work.resolve("pdf-out"));
        Map<String, List<String>> commands = new java.util.LinkedHashMap<>();
        if (options.launcher() != null) {
            commands.put("`bin/jianbao pdf` (extracted jar, AppCDS, C1 only)", launcher("pdf", docx.toString(), "--out-dir", out.toString()));
            ChildProcess.run(commands.values().iterator().next(), work, launcherEnv(), 600); // makes the CDS archive: not timed
        }
        commands.put(javaLabel("pdf"), jianbao("pdf", docx.toString(), "--out-dir", out.toString()));
        boolean lo = ChildProcess.available("soffice");
        Path profile = work.resolve("lo-profile");
        Map<String, List<Double>> walls = new HashMap<>();
        Map<String, List<Double>> cpus = new HashMap<>();
        String load = Stats.load();
        for (int r = 0; r < options.runs(); r++) {
            for (Map.Entry<String, List<String>> c : commands.entrySet()) {
                ChildProcess.Timing t = ChildProcess.run(c.getValue(), work, launcherEnv(), 600);
                if (!t.ok()) {
                    return List.of(Row.skipped("`pdf` command on the briefing, cold process", c.getKey(),
                            "the command failed: " + lastLine(t.output()), load));
                }
                walls.computeIfAbsent(c.getKey(), k -> new ArrayList<>()).add(t.wall());
                cpus.computeIfAbsent(c.getKey(), k -> new ArrayList<>()).add(t.cpu());
            }
            if (lo) {
                ChildProcess.Timing t = soffice(List.of(docx), profile);
                walls.computeIfAbsent("soffice", k -> new ArrayList<>()).add(t.wall());
                cpus.computeIfAbsent("soffice", k -> new ArrayList<>()).add(t.cpu());
            }
        }
        load = load + "–" + Stats.load();
        List<Row> rows = new ArrayList<>();
        String lof = lo ? "`soffice --convert-to pdf`: " + median(walls.get("soffice"), cpus.get("soffice")) : "LibreOffice skipped: no soffice";
        for (String label : commands.keySet()) {
            double ours = Stats.median(toArray(walls.get(label)));
            String ratio = lo ? Stats.times(Stats.median(toArray(walls.get("soffice"))) / ours) : "—";
            rows.add(new Row("`pdf` command on the briefing, cold process (JVM start, configuration, fonts, parse, render, write)",
                    label + "; median of " + options.runs() + " runs interleaved with soffice (its profile made beforehand)",
                    median(walls.get(label), cpus.get(label)), lof, ratio, load));
        }
        return rows;
    }

    /** `generate briefing` in a scratch folder whose database already holds the samples (imported first, not timed). */
    private List<Row> coldGenerate() throws IOException {
        Path dir = Files.createDirectories(work.resolve("generate"));
        List<String> settings = List.of("--jianbao.speech=" + options.speech().toAbsolutePath(),
                "--jianbao.templates-dir=" + options.template().toAbsolutePath().getParent(),
                "--jianbao.indicator.samples=" + options.samples().toAbsolutePath());
        List<String> importLine = new ArrayList<>(List.of("import"));
        try (Stream<Path> files = Files.list(options.samples())) {
            files.filter(f -> f.getFileName().toString().matches(".*\\.(xlsx|csv)")).sorted()
                    .forEach(f -> importLine.add(f.toAbsolutePath().toString()));
        }
        importLine.addAll(settings);
        String load = Stats.load();
        ChildProcess.Timing imported = ChildProcess.run(jianbao(importLine.toArray(String[]::new)), dir, Map.of(), 600);
        if (!imported.ok()) {
            return List.of(Row.skipped("`generate briefing`, cold process", "database with the samples",
                    "import of the samples failed: " + lastLine(imported.output()), load));
        }
        List<String> generate = new ArrayList<>(List.of("generate", "briefing"));
        generate.addAll(settings);
        Map<String, List<String>> commands = new java.util.LinkedHashMap<>();
        if (options.launcher() != null) {
            commands.put("`bin/jianbao generate briefing` (AppCDS, C1 only)", launcher(generate.toArray(String[]::new)));
            ChildProcess.run(commands.values().iterator().next(), dir, launcherEnv(), 600); // makes the CDS archive: not timed
        }
        commands.put(javaLabel("generate briefing"), jianbao(generate.toArray(String[]::new)));
        Map<String, List<Double>> walls = new HashMap<>();
        Map<String, List<Double>> cpus = new HashMap<>();
        for (int r = 0; r < options.runs(); r++) {
            for (Map.Entry<String, List<String>> c : commands.entrySet()) {
                ChildProcess.Timing t = ChildProcess.run(c.getValue(), dir, launcherEnv(), 600);
                if (!t.ok()) {
                    return List.of(Row.skipped("`generate briefing`, cold process", c.getKey(),
                            "the command failed: " + lastLine(t.output()), load));
                }
                walls.computeIfAbsent(c.getKey(), k -> new ArrayList<>()).add(t.wall());
                cpus.computeIfAbsent(c.getKey(), k -> new ArrayList<>()).add(t.cpu());
            }
        }
        load = load + "–" + Stats.load();
        List<Row> rows = new ArrayList<>();
        for (String label : commands.keySet()) {
            rows.add(new Row("`generate briefing`, cold process (Spring context, H2, Flyway validation, speech analysis,"
                    + " Word + PDF written)", label + "; database already made and filled; median of " + options.runs(),
                    median(walls.get(label), cpus.get(label)), "—", "—", load));
        }
        return rows;
    }

    /** Requests made before the measured ones: the service's first runs load fonts, templates and the JIT's work. */
    static final int SERVICE_WARMUP = 5;

    /** `serve` as a child with the samples imported; N briefings on demand through the API, one at a time. */
    private Row service() throws IOException {
        int n = options.requests();
        String what = "on-demand briefing through the service (`serve` + POST /api/runs), median and p95 of " + n;
        String load = Stats.load();
        if (n <= 0) {
            return Row.skipped(what, "warm service", "--requests 0", load);
        }
        List<Path> sampleFiles;
        try (Stream<Path> files = Files.list(options.samples())) {
            sampleFiles = files.filter(f -> f.getFileName().toString().matches(".*\\.(xlsx|csv)")).sorted().toList();
        }
        ServiceBench bench = new ServiceBench(jianbao(), List.of("--jianbao.speech=" + options.speech().toAbsolutePath(),
                "--jianbao.templates-dir=" + options.template().toAbsolutePath().getParent(),
                "--jianbao.indicator.samples=" + options.samples().toAbsolutePath()), sampleFiles);
        ServiceBench.Result r;
        try {
            r = bench.measure(work.resolve("serve"), SERVICE_WARMUP, n);
        } catch (ServiceBench.Failure e) {
            return Row.skipped(what, "warm service", e.getMessage(), load + "–" + Stats.load());
        }
        return serviceRow(what, r, load + "–" + Stats.load());
    }

    static Row serviceRow(String what, ServiceBench.Result r, String load) {
        double[] done = r.completed();
        double[] listed = r.docxListed();
        String figure = "COMPLETED after " + Stats.seconds(Stats.median(done)) + " median, " + Stats.seconds(Stats.percentile(done, 95))
                + " p95 (fastest " + Stats.seconds(Stats.percentile(done, 0)) + ", slowest " + Stats.seconds(Stats.percentile(done, 100))
                + "); .docx downloadable after " + Stats.seconds(Stats.median(listed)) + " median, "
                + Stats.seconds(Stats.percentile(listed, 95)) + " p95"
                + (r.job().length > 0 ? "; the run itself (its record's start → end) " + Stats.seconds(Stats.median(r.job()))
                        + " median, " + Stats.seconds(Stats.percentile(r.job(), 95)) + " p95" : "")
                + (r.cpuPerRequest() >= 0 ? "; service CPU " + Stats.seconds(r.cpuPerRequest()) + " per briefing" : "")
                + "; one status request " + Stats.ms(r.statusMs()) + " median"
                + (r.stoppedCleanly() ? "" : "; the service did not stop on SIGTERM within 60 s and was killed");
        String includes = javaLabel("serve") + " as a child (free port, schedule off, the shipped samples imported"
                + " first, admin password from JIANBAO_ADMIN_PASSWORD), warmed up by " + r.warmup() + " requests not"
                + " counted; then one at a time, timed by the client: POST /api/runs " + ServiceBench.BODY + " (the"
                + " default unit, the latest month) and GET /api/runs/{id} every " + ServiceBench.POLL.toMillis()
                + " ms until COMPLETED. Included: HTTP with Basic authentication (a BCrypt check on every request,"
                + " polls too), the job launched on the service's executor, the run's import check, fill + Word + PDF"
                + " written, the database records, the distribute step, and up to one polling interval (10 ms + one"
                + " status request). \".docx downloadable\": the first status answer listing the briefing (written and"
                + " recorded; GET /api/documents/{id}/docx then gives it), before the distribute step";
        return new Row(what, includes, figure, "—", "—", load);
    }

    /** The month `sample` gives data for. */
    private static final String PERIOD = "2026-10";

    private static final Pattern GC_HEAP = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    /** `sample --units N`, `import`, then the timed `run --all-units` (needs a build with the scale commands). */
    private List<Row> runUnits(int units) throws IOException {
        String what = "`run --all-units`, " + units + " synthetic units (Word + PDF per unit), cold process";
        String load = Stats.load();
        Path dir = Files.createDirectories(work.resolve("run-" + units));
        ChildProcess.Timing help = ChildProcess.run(jianbao("--help"), dir, Map.of(), 300);
        if (!help.ok() || !Pattern.compile("(?m)^\\s+sample\\s").matcher(help.output()).find()) {
            return List.of(Row.skipped(what, "sample + import + run --all-units", "this build has no `sample` command"
                    + " (it comes with the partitioned documents step)", load));
        }
        Path data = dir.resolve("units");
        ChildProcess.Timing sampled = ChildProcess.run(jianbao("sample", "--units", Integer.toString(units), "--out",
                data.toString(), "--period", PERIOD), dir, Map.of(), 1800);
        if (!sampled.ok()) {
            return List.of(Row.skipped(what, "sample", "`sample` failed: " + lastLine(sampled.output()), load));
        }
        // the units exist for import and run only as configured units (units.yml, written by sample)
        List<String> settings = List.of("--spring.config.additional-location=file:" + data.resolve("units.yml"),
                "--jianbao.speech=" + options.speech().toAbsolutePath(),
                "--jianbao.templates-dir=" + options.template().toAbsolutePath().getParent());
        List<String> importLine = new ArrayList<>(List.of("import"));
        try (Stream<Path> files = Files.list(data)) {
            files.filter(f -> f.toString().endsWith(".csv")).sorted().forEach(f -> importLine.add(f.toString()));
        }
        importLine.addAll(settings);
        ChildProcess.Timing imported = ChildProcess.run(jianbao(importLine.toArray(String[]::new)), dir, Map.of(), 3600);
        if (!imported.ok()) {
            return List.of(Row.skipped(what, "import", "`import` failed: " + lastLine(imported.output()), load));
        }
        Path gcLog = dir.resolve("gc.log");
        List<String> runLine = new ArrayList<>(List.of("run", "--all-units", "--period", PERIOD));
        runLine.addAll(settings);
        List<String> run = new ArrayList<>(jianbao(runLine.toArray(String[]::new)));
        run.add(1, "-Xlog:gc:file=" + gcLog);
        load = Stats.load();
        ChildProcess.Timing t = ChildProcess.run(run, dir, Map.of(), 7200);
        if (!t.ok()) {
            return List.of(Row.skipped(what, "run --all-units", "`run` failed: " + lastLine(t.output()), load));
        }
        long documents;
        try (Stream<Path> files = Files.walk(dir.resolve("output"))) {
            documents = files.filter(f -> f.toString().endsWith(".pdf")).count();
        } catch (IOException e) {
            documents = 0;
        }
        int peakHeap = 0;
        int committed = 0;
        if (Files.exists(gcLog)) {
            Matcher m = GC_HEAP.matcher(Files.readString(gcLog));
            while (m.find()) {
                peakHeap = Math.max(peakHeap, Integer.parseInt(m.group(2)));
                committed = Math.max(committed, Integer.parseInt(m.group(3)));
            }
        }
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(what, "`java -jar … run --all-units --period " + PERIOD + "` (one thread per core, full JIT) after"
                + " `sample` + `import` (not timed): 1 study notes + N briefings, Word + PDF, distribution step included",
                runFigures(t, documents, true) + ", heap after a young collection at most " + peakHeap + " MB (live data and garbage not yet"
                        + " collected; committed at most " + committed + " MB)",
                "—", "—", load + "–" + Stats.load()));
        if (options.launcher() != null) {
            // the same documents again through the launcher (its quick JIT): the same database, --force
            delete(dir.resolve("output"));
            List<String> again = new ArrayList<>(runLine);
            again.add("--force");
            load = Stats.load();
            ChildProcess.Timing l = ChildProcess.run(launcher(again.toArray(String[]::new)), dir, launcherEnv(), 7200);
            rows.add(l.ok()
                    ? new Row(what, "`bin/jianbao run --all-units --period " + PERIOD + " --force` (AppCDS, C1 only) right"
                            + " after the row above, on its database: the same documents written again",
                            runFigures(l, documents, false),
                            "—", "—", load + "–" + Stats.load())
                    : Row.skipped(what, "bin/jianbao run --all-units", "`run` failed: " + lastLine(l.output()), load));
        }
        return rows;
    }

    /** Wall, CPU, (the PDF count,) PDFs per second and peak RSS of a timed `run`. */
    private static String runFigures(ChildProcess.Timing t, long documents, boolean count) {
        return Stats.seconds(t.wall()) + " wall" + (t.cpu() >= 0 ? ", CPU " + Stats.seconds(t.cpu()) : "") + ", "
                + (count ? documents + " PDFs, " : "")
                + String.format(java.util.Locale.ROOT, "%.1f", documents / t.wall()) + " PDFs/s, peak RSS "
                + (t.rssMb() >= 0 ? Math.round(t.rssMb()) + " MB" : "n/a");
    }

    // ---- how to start jianbao as a child -----------------------------------------------------------------------

    /**
     * The jar this runs from when it is jianbao's own (Spring Boot's launcher in its manifest), else null: a test's
     * class path may be a single manifest-only jar too (Surefire's), which {@code -cp} reads but {@code -jar} cannot.
     */
    public static Path ownJar() {
        String cp = System.getProperty("java.class.path");
        if (cp.contains(File.pathSeparator) || !cp.endsWith(".jar")) {
            return null;
        }
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(cp)) {
            java.util.jar.Manifest manifest = jar.getManifest();
            String main = manifest == null ? null : manifest.getMainAttributes().getValue("Main-Class");
            return main != null && main.startsWith("org.springframework.boot.loader") ? Path.of(cp).toAbsolutePath() : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** {@code java -jar jianbao.jar} when this runs from the jar, else this JVM's class path. */
    static List<String> jianbao(String... args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");
        List<String> command = new ArrayList<>();
        if (ownJar() != null) {
            command.addAll(List.of(java, "-jar", ownJar().toString()));
        } else {
            // absolute: the children work in their own folders
            String absolute = Stream.of(cp.split(File.pathSeparator)).map(e -> Path.of(e).toAbsolutePath().toString())
                    .collect(Collectors.joining(File.pathSeparator));
            command.addAll(List.of(java, "-cp", absolute, "org.jianbao.JianbaoApplication"));
        }
        command.addAll(List.of(args));
        return command;
    }

    static String javaLabel(String command) {
        return ownJar() != null ? "`java -jar jianbao.jar " + command + "`"
                : "`java -cp … " + command + "` (class folders, as in a test)";
    }

    private List<String> launcher(String... args) {
        List<String> command = new ArrayList<>(List.of(options.launcher().toAbsolutePath().toString()));
        command.addAll(List.of(args));
        return command;
    }

    private Map<String, String> launcherEnv() {
        Map<String, String> env = new HashMap<>();
        if (ownJar() != null) {
            env.put("JIANBAO_JAR", ownJar().toString());
        }
        env.put("JAVA_HOME", System.getProperty("java.home"));
        return env;
    }

    // ---- output ----------------------------------------------------------------------------------------------

    /** The 1-minute load average now. */
    public static String loadAverage() {
        return Stats.load();
    }

    public static String table(List<Row> rows, String startLoad, String endLoad) {
        StringBuilder s = new StringBuilder();
        s.append("Measured by `java -jar target/jianbao.jar bench` on ")
                .append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")))
                .append(", ").append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
                .append(System.getProperty("java.version")).append(", load average ").append(startLoad).append(" at the start, ")
                .append(endLoad).append(" at the end. CPU = user + system time of the process (all threads) where shown.\n\n");
        s.append("| what | includes | jianbao | comparison | ratio | load |\n|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            s.append("| ").append(cell(r.what())).append(" | ").append(cell(r.includes())).append(" | ").append(cell(r.jianbao()))
                    .append(" | ").append(cell(r.comparison())).append(" | ").append(cell(r.ratio())).append(" | ")
                    .append(cell(r.load())).append(" |\n");
        }
        return s.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    private static String median(List<Double> walls, List<Double> cpus) {
        double wall = Stats.median(toArray(walls));
        double[] cpu = toArray(cpus);
        return Stats.seconds(wall) + " wall" + (cpu.length > 0 && cpu[0] >= 0 ? ", CPU " + Stats.seconds(Stats.median(cpu)) : "");
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The last line a failed child printed: where its reason is. */
    private static String lastLine(String text) {
        String t = text.strip();
        int nl = t.lastIndexOf('\n');
        return nl < 0 ? t : t.substring(nl + 1);
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder
        }
    }
}

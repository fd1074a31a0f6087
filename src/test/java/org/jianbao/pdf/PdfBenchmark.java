package org.jianbao.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * PDF renders per second for the 2–3 page GB/T 9704 briefing, the PDF's size, and LibreOffice on the same .docx
 * in the same run: one {@code soffice --convert-to pdf} call per document, and one call for a batch of 20.
 * A main that prints a table (not JMH: the LibreOffice side is a process, timed by the wall clock).
 *
 * <pre>
 * mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.jianbao.pdf.PdfBenchmark [renders]
 * </pre>
 */
public final class PdfBenchmark {

    private PdfBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int renders = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        byte[] docx = TestDocuments.bytes(TestDocuments.briefing());
        long t0 = System.nanoTime();
        FontLibrary fonts = FontLibrary.create(null);
        DocxPdfRenderer renderer = new DocxPdfRenderer(fonts);
        byte[] pdf = render(renderer, docx);
        double firstMs = (System.nanoTime() - t0) / 1e6;
        for (int i = 0; i < Math.max(20, renders / 5); i++) {
            render(renderer, docx); // warm-up
        }
        XWPFDocument parsed = new XWPFDocument(new ByteArrayInputStream(docx));
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        // five rounds, alternating the two measurements; the median round counts (the machine is shared)
        int rounds = 5;
        int perRound = Math.max(10, renders / rounds);
        double[] inMemory = new double[rounds];
        double[] withParse = new double[rounds];
        double[] cpu = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long cpu1 = threads.getCurrentThreadCpuTime();
            long t1 = System.nanoTime();
            for (int i = 0; i < perRound; i++) {
                renderer.render(parsed, new ByteArrayOutputStream(256 * 1024));
            }
            inMemory[r] = (System.nanoTime() - t1) / 1e6 / perRound;
            cpu[r] = (threads.getCurrentThreadCpuTime() - cpu1) / 1e6 / perRound;
            long t2 = System.nanoTime();
            for (int i = 0; i < perRound; i++) {
                render(renderer, docx);
            }
            withParse[r] = (System.nanoTime() - t2) / 1e6 / perRound;
        }
        double renderMs = median(inMemory);
        double parseRenderMs = median(withParse);
        double renderCpuMs = median(cpu);

        int pages = renderer.render(parsed, new ByteArrayOutputStream()).pages();
        System.out.printf(Locale.ROOT, "%nBriefing: %d pages, PDF %.1f KB (subset fonts), first render incl. font loading %.0f ms%n",
                pages, pdf.length / 1024.0, firstMs);
        System.out.printf(Locale.ROOT, "%-48s %10s %10s%n", "", "ms/doc", "docs/s");
        row("jianbao render (document in memory)", renderMs);
        row("jianbao parse .docx + render", parseRenderMs);
        System.out.printf(Locale.ROOT, "(render CPU time %.2f ms/doc on this thread: the rest of the wall time is waiting for a "
                + "core on the shared machine)%n", renderCpuMs);

        if (!LibreOffice.available("soffice")) {
            System.out.println("soffice not installed: LibreOffice side skipped");
            return;
        }
        Path dir = Files.createTempDirectory("pdf-bench");
        Path profile = dir.resolve("profile");
        Path single = dir.resolve("single.docx");
        Files.write(single, docx);
        LibreOffice.convert(profile, dir.resolve("warm"), List.of(single)); // creates the profile
        int perDocRuns = 5;
        long t3 = System.nanoTime();
        for (int i = 0; i < perDocRuns; i++) {
            LibreOffice.convert(profile, dir.resolve("out" + i), List.of(single));
        }
        double loPerDocMs = (System.nanoTime() - t3) / 1e6 / perDocRuns;
        List<Path> batch = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Path f = dir.resolve("batch" + i + ".docx");
            Files.write(f, docx);
            batch.add(f);
        }
        long t4 = System.nanoTime();
        LibreOffice.convert(profile, dir.resolve("batch"), batch);
        double loBatchMs = (System.nanoTime() - t4) / 1e6 / batch.size();
        long loSize = Files.size(dir.resolve("warm").resolve("single.pdf"));
        double loPerDocCpuMs = 0;
        for (int i = 0; i < 3; i++) {
            loPerDocCpuMs += LibreOffice.convertCpuSeconds(profile, dir.resolve("cpu" + i), List.of(single)) * 1000 / 3;
        }
        double loBatchCpuMs = LibreOffice.convertCpuSeconds(profile, dir.resolve("cpubatch"), batch) * 1000 / batch.size();
        row("LibreOffice, one soffice call per document", loPerDocMs);
        row("LibreOffice, one soffice call for 20 documents", loBatchMs);
        System.out.printf(Locale.ROOT, "LibreOffice PDF %.1f KB%n", loSize / 1024.0);
        System.out.printf(Locale.ROOT, "Speed-up per document: %.0fx vs per-document call (target 50x), %.1fx vs batch (target 5x)%n",
                loPerDocMs / renderMs, loBatchMs / renderMs);
        System.out.printf(Locale.ROOT, "With parsing the .docx: %.0fx and %.1fx%n", loPerDocMs / parseRenderMs,
                loBatchMs / parseRenderMs);
        System.out.printf(Locale.ROOT, "%nCPU time (user+system), which the machine's load does not inflate:%n");
        row("jianbao render, CPU", renderCpuMs);
        row("LibreOffice per-document call, CPU", loPerDocCpuMs);
        row("LibreOffice 20-document batch, CPU per document", loBatchCpuMs);
        System.out.printf(Locale.ROOT, "CPU speed-up: %.0fx vs per-document call, %.1fx vs batch%n",
                loPerDocCpuMs / renderCpuMs, loBatchCpuMs / renderCpuMs);
        System.out.printf(Locale.ROOT, "Load average while measuring: %s%n",
                Files.readString(Path.of("/proc/loadavg")).trim());
    }

    private static byte[] render(DocxPdfRenderer renderer, byte[] docx) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
            renderer.render(doc, out);
            return out.toByteArray();
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static void row(String label, double ms) {
        System.out.printf(Locale.ROOT, "%-48s %10.2f %10.1f%n", label, ms, 1000 / ms);
    }
}

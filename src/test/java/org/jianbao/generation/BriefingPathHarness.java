package org.jianbao.generation;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Map;

import org.jianbao.pdf.DocxPdfRenderer;
import org.jianbao.pdf.FontLibrary;
import org.jianbao.template.DocxTemplate;
import org.jianbao.template.FilledDocument;

import tools.jackson.databind.json.JsonMapper;

/**
 * The product's per-document path on its own briefing template and sample model, phase by phase, warm:
 * fill (media placed), .docx bytes, PDF render of the same filled document. For profiling (JFR) by hand:
 * <pre>java -XX:StartFlightRecording=filename=target/path.jfr -cp … org.jianbao.generation.BriefingPathHarness 300</pre>
 */
public final class BriefingPathHarness {

    public static void main(String[] args) throws Exception {
        if (!Boolean.getBoolean("harness.noJaxp")) {
            org.jianbao.office.XmlFactories.useJdkDefaults(); // as JianbaoApplication.main does
        }
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        String template = args.length > 1 ? args[1] : "templates/progress-briefing.docx";
        String model = args.length > 2 ? args[2] : "samples/briefing-model.json";
        Object data = JsonMapper.builder().build().readValue(Path.of(model).toFile(), Map.class);
        DocxTemplate t = DocxTemplate.compile(Path.of(template));
        DocxPdfRenderer renderer = new DocxPdfRenderer(FontLibrary.create(null));
        var threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < Math.max(30, n / 4); i++) {
            one(t, data, renderer, new long[3]);
        }
        long[] phases = new long[3];
        long cpu = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            one(t, data, renderer, phases);
        }
        double wall = (System.nanoTime() - t0) / 1e6 / n;
        double cpuMs = (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / n;
        System.out.printf("per briefing: %.1f ms wall, %.1f ms CPU (this thread); fill %.1f, docx %.1f, pdf %.1f ms%n",
                wall, cpuMs, phases[0] / 1e6 / n, phases[1] / 1e6 / n, phases[2] / 1e6 / n);
        System.out.println("load " + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static void one(DocxTemplate t, Object data, DocxPdfRenderer renderer, long[] phases) {
        long a = System.nanoTime();
        FilledDocument filled = t.fill(data);
        long b = System.nanoTime();
        byte[] docx = filled.toBytes();
        long c = System.nanoTime();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(256 * 1024);
        renderer.render(filled.document(), pdf);
        long d = System.nanoTime();
        phases[0] += b - a;
        phases[1] += c - b;
        phases[2] += d - c;
        if (docx.length == 0 || pdf.size() == 0) {
            throw new AssertionError();
        }
    }
}

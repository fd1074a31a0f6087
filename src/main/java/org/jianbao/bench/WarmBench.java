package org.jianbao.bench;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jianbao.office.WordFiles;
import org.jianbao.pdf.DocxPdfRenderer;
import org.jianbao.pdf.WordPackage;
import org.jianbao.template.DocxTemplate;
import org.jianbao.template.FilledDocument;

/**
 * The warm figures, in this JVM: the product's path on its own briefing template and model (fill, .docx, PDF), and
 * poi-tl on the same work. Every operation is repeated in five rounds that alternate between the things compared,
 * after a warm-up; the median round counts (the machine may be shared).
 */
final class WarmBench {

    private static final int ROUNDS = 5;

    private final byte[] templateBytes;
    private final Map<String, Object> model;
    private final DocxPdfRenderer renderer;
    private final int docs;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    WarmBench(byte[] templateBytes, Map<String, Object> model, DocxPdfRenderer renderer, int docs) {
        this.templateBytes = templateBytes;
        this.model = model;
        this.renderer = renderer;
        this.docs = Math.max(1, docs);
    }

    /** Fill + write the .docx: the engine with the template compiled once, with compiling, and poi-tl. */
    List<Row> fill(PoiTl poiTl, String poiTlMissing) throws Exception {
        DocxTemplate template = DocxTemplate.compile(templateBytes, "progress-briefing.docx");
        byte[] poiTlTemplate = PoiTl.template(templateBytes);
        Map<String, Object> poiTlData = PoiTl.data(model);
        int perRound = Math.max(1, docs / ROUNDS);
        double[] compiled = new double[ROUNDS];
        double[] withCompile = new double[ROUNDS];
        double[] poi = new double[ROUNDS];
        for (int i = 0; i < Math.max(3, perRound); i++) { // warm-up
            template.fill(model).toBytes();
            if (poiTl != null) {
                poiTl.fill(poiTlTemplate, poiTlData);
            }
        }
        String load = Stats.load();
        for (int r = 0; r < ROUNDS; r++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < perRound; i++) {
                template.fill(model).toBytes();
            }
            compiled[r] = perRound / ((System.nanoTime() - t0) / 1e9);
            t0 = System.nanoTime();
            for (int i = 0; i < perRound; i++) {
                DocxTemplate.compile(templateBytes, "progress-briefing.docx").fill(model).toBytes();
            }
            withCompile[r] = perRound / ((System.nanoTime() - t0) / 1e9);
            if (poiTl != null) {
                t0 = System.nanoTime();
                for (int i = 0; i < perRound; i++) {
                    poiTl.fill(poiTlTemplate, poiTlData);
                }
                poi[r] = perRound / ((System.nanoTime() - t0) / 1e9);
            }
        }
        double ours = Stats.median(compiled);
        double oursCompiling = Stats.median(withCompile);
        List<Row> rows = new ArrayList<>();
        String what = "fill + write .docx, the product's briefing template (templates/progress-briefing.docx) and sample"
                + " model, chart included on our side";
        if (poiTl == null) {
            rows.add(new Row(what, "warm, " + perRound * ROUNDS + " docs, template compiled once (the product's path)",
                    Stats.perSecond(ours), "poi-tl skipped: " + poiTlMissing, "—", load));
            rows.add(new Row(what, "warm, compile included in every document", Stats.perSecond(oursCompiling), "—", "—", load));
        } else {
            double theirs = Stats.median(poi);
            rows.add(new Row(what, "warm, " + perRound * ROUNDS + " docs, template compiled once (the product's path);"
                    + " poi-tl compiles each time (it cannot reuse a compiled template); " + PoiTl.DIFFERENCES,
                    Stats.perSecond(ours), "poi-tl " + PoiTl.VERSION + ": " + Stats.perSecond(theirs), Stats.times(ours / theirs), load));
            rows.add(new Row(what, "warm, compile included in every document on both sides",
                    Stats.perSecond(oursCompiling), "poi-tl " + PoiTl.VERSION + ": " + Stats.perSecond(theirs),
                    Stats.times(oursCompiling / theirs), load));
        }
        return rows;
    }

    /** The whole briefing as `run` makes it: fill, .docx bytes, PDF of the same filled document. One thread. */
    Row wholeBriefing() {
        DocxTemplate template = DocxTemplate.compile(templateBytes, "progress-briefing.docx");
        for (int i = 0; i < Math.max(10, docs / 5); i++) {
            whole(template);
        }
        int perRound = Math.max(1, docs / ROUNDS);
        double[] wall = new double[ROUNDS];
        double[] cpu = new double[ROUNDS];
        String load = Stats.load();
        for (int r = 0; r < ROUNDS; r++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            for (int i = 0; i < perRound; i++) {
                whole(template);
            }
            wall[r] = (System.nanoTime() - t0) / 1e6 / perRound;
            cpu[r] = (threads.getCurrentThreadCpuTime() - c0) / 1e6 / perRound;
        }
        return new Row("whole briefing: fill + .docx + PDF (what `run`/`generate` do per briefing, files not written)",
                "warm, one thread, " + perRound * ROUNDS + " docs, template compiled once, fonts loaded",
                Stats.ms(Stats.median(wall)) + " wall, " + Stats.ms(Stats.median(cpu)) + " CPU per briefing",
                "—", "—", load);
    }

    private void whole(DocxTemplate template) {
        FilledDocument filled = template.fill(model);
        byte[] docx = filled.toBytes();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(256 * 1024);
        renderer.render(WordPackage.of(filled.parts()), pdf);
        if (docx.length == 0 || pdf.size() == 0) {
            throw new IllegalStateException("empty output");
        }
    }

    /** The renderer alone on a .docx (parse + layout + PDF), for the LibreOffice comparison. */
    double renderMs(byte[] docx) {
        for (int i = 0; i < Math.max(10, docs / 5); i++) {
            render(docx);
        }
        int perRound = Math.max(1, docs / ROUNDS);
        double[] wall = new double[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < perRound; i++) {
                render(docx);
            }
            wall[r] = (System.nanoTime() - t0) / 1e6 / perRound;
        }
        return Stats.median(wall);
    }

    private void render(byte[] docx) {
        renderer.render(WordPackage.of(WordFiles.entries(docx, "briefing.docx")), new ByteArrayOutputStream(256 * 1024));
    }

    /** A filled briefing as .docx bytes, the input of the render comparisons. */
    byte[] filledBriefing() {
        return DocxTemplate.compile(templateBytes, "progress-briefing.docx").fill(model).toBytes();
    }
}

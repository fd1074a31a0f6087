package org.jianbao.pdf;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the test documents and their PDFs to target/pdf-scratch for looking at. */
public final class Scratch {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of("target/pdf-scratch");
        Files.createDirectories(dir);
        FontLibrary fonts = FontLibrary.create(null);
        DocxPdfRenderer r = new DocxPdfRenderer(fonts);
        var docs = java.util.Map.of("briefing", TestDocuments.briefing(), "merged", TestDocuments.mergedTableAcrossPages(),
                "plain", TestDocuments.plainMixed());
        for (var e : docs.entrySet()) {
            Files.write(dir.resolve(e.getKey() + ".docx"), TestDocuments.bytes(e.getValue()));
            try (OutputStream out = Files.newOutputStream(dir.resolve(e.getKey() + ".pdf"))) {
                var doc = TestDocuments.reload(e.getValue());
                long t = System.nanoTime();
                var res = r.render(doc, out);
                System.out.println(e.getKey() + ": " + res + " " + (System.nanoTime() - t) / 1_000_000 + " ms");
            }
        }
        fonts.resolutions().forEach(System.out::println);
    }
}

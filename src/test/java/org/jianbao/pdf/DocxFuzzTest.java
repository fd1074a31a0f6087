package org.jianbao.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.jianbao.office.DamagedFileException;
import org.jianbao.office.WordFiles;
import org.junit.jupiter.api.Test;

/**
 * Mutated copies of real documents (the shipped templates and the test documents of this package), at the byte
 * level and inside their XML parts: each one either renders or is refused in one line
 * ({@link DamagedFileException}, {@link PdfRenderException}, {@link MissingGlyphException}); nothing else is thrown, no render hangs,
 * no render makes an unbounded number of pages. Deterministic: fixed seed.
 */
class DocxFuzzTest {

    private static final long SEED = Long.getLong("jianbao.fuzz.seed", 20261206L);
    private static final int XML_MUTANTS_PER_DOCUMENT = 60;
    private static final int BYTE_MUTANTS_PER_DOCUMENT = 20;
    private static final Duration PER_DOCUMENT = Duration.ofSeconds(30);
    private static final Pattern ATTRIBUTE = Pattern.compile("(w:[A-Za-z]+)=\"([^\"]*)\"");
    private static final String[] ODD_VALUES = {"0", "-1", "-2147483648", "2147483647", "99999999999", "abc", "",
            "1e9", "NaN", "auto", "%1%2%3", "0.5", "-31680", "31680"};

    private final DocxPdfRenderer renderer = new DocxPdfRenderer(FontLibrary.create(null));

    static List<byte[]> originals() throws IOException {
        List<byte[]> docs = new ArrayList<>();
        for (String t : List.of("templates/progress-briefing.docx", "templates/study-notes.docx")) {
            docs.add(Files.readAllBytes(Path.of(t)));
        }
        docs.add(TestDocuments.bytes(TestDocuments.briefing()));
        docs.add(TestDocuments.bytes(TestDocuments.mergedTableAcrossPages()));
        docs.add(TestDocuments.bytes(TestDocuments.taskTable()));
        return docs;
    }

    @Test
    void mutatedDocumentsRenderOrAreRefusedInOneLine() throws Exception {
        Random random = new Random(SEED);
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-render");
            t.setDaemon(true);
            return t;
        });
        List<String> failures = new ArrayList<>();
        int rendered = 0;
        int refused = 0;
        try {
            int doc = 0;
            for (byte[] original : originals()) {
                doc++;
                Map<String, byte[]> entries = unzip(original);
                for (int i = 0; i < XML_MUTANTS_PER_DOCUMENT + BYTE_MUTANTS_PER_DOCUMENT; i++) {
                    String label = "doc" + doc + "-mutant" + i;
                    byte[] mutant = i < XML_MUTANTS_PER_DOCUMENT ? zip(mutateXml(entries, random))
                            : mutateBytes(original, random);
                    Future<Integer> pages = pool.submit(() -> render(mutant, label));
                    try {
                        Integer n = pages.get(PER_DOCUMENT.toSeconds(), TimeUnit.SECONDS);
                        if (n == null) {
                            refused++;
                        } else {
                            rendered++;
                        }
                    } catch (TimeoutException e) {
                        pages.cancel(true);
                        failures.add(label + ": no result after " + PER_DOCUMENT.toSeconds() + " s");
                        Files.write(Path.of("target", label + ".docx"), mutant);
                        break;
                    } catch (ExecutionException e) {
                        Files.createDirectories(Path.of("target"));
                        Files.write(Path.of("target", label + ".docx"), mutant);
                        failures.add(label + ": " + e.getCause() + " at " + firstFrames(e.getCause()));
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(failures).as("crashes other than a one-line refusal (mutants saved in target/)").isEmpty();
        assertThat(rendered).as("mutants that still render").isGreaterThan(50);
        assertThat(refused).as("mutants refused").isGreaterThan(10);
    }

    /** Pages drawn, or null when refused in one line. The {@code pdf} command's path: entries, then our parse. */
    private Integer render(byte[] docx, String label) {
        WordPackage doc;
        try {
            doc = WordPackage.of(WordFiles.entries(docx, label + ".docx"));
        } catch (DamagedFileException e) {
            assertThat(e.getMessage()).startsWith(label + ".docx: ").doesNotContain("\n");
            return null;
        }
        try {
            PdfRenderResult result = renderer.render(doc, OutputStream.nullOutputStream());
            assertThat(result.pages()).as(label + " pages").isLessThanOrEqualTo(DocxPdfRenderer.MAX_PAGES);
            return result.pages();
        } catch (MissingGlyphException | DamagedFileException | PdfRenderException e) {
            assertThat(e.getMessage()).doesNotContain("\n");
            return null;
        }
    }

    private static String firstFrames(Throwable t) {
        StringBuilder s = new StringBuilder();
        StackTraceElement[] st = t.getStackTrace();
        for (int i = 0; i < Math.min(4, st.length); i++) {
            s.append(st[i]).append(" < ");
        }
        return s.toString();
    }

    private static Map<String, byte[]> mutateXml(Map<String, byte[]> entries, Random random) {
        Map<String, byte[]> copy = new LinkedHashMap<>(entries);
        List<String> xmlParts = copy.keySet().stream().filter(n -> n.startsWith("word/") && n.endsWith(".xml")).toList();
        int edits = 1 + random.nextInt(4);
        for (int k = 0; k < edits; k++) {
            String part = random.nextInt(3) == 0 ? xmlParts.get(random.nextInt(xmlParts.size())) : "word/document.xml";
            String xml = new String(copy.get(part), StandardCharsets.UTF_8);
            copy.put(part, mutate(xml, random).getBytes(StandardCharsets.UTF_8));
        }
        return copy;
    }

    private static String mutate(String xml, Random random) {
        switch (random.nextInt(5)) {
            case 0 -> { // an attribute value becomes odd
                List<int[]> spans = new ArrayList<>();
                Matcher m = ATTRIBUTE.matcher(xml);
                while (m.find()) {
                    spans.add(new int[] {m.start(2), m.end(2)});
                }
                if (spans.isEmpty()) {
                    return xml;
                }
                int[] s = spans.get(random.nextInt(spans.size()));
                return xml.substring(0, s[0]) + ODD_VALUES[random.nextInt(ODD_VALUES.length)] + xml.substring(s[1]);
            }
            case 1 -> { // an element is removed (balanced: from one start tag to its matching end, or an empty element)
                int start = xml.indexOf("<w:", random.nextInt(Math.max(1, xml.length())));
                if (start < 0) {
                    return xml;
                }
                int nameEnd = start + 1;
                while (nameEnd < xml.length() && " />".indexOf(xml.charAt(nameEnd)) < 0) {
                    nameEnd++;
                }
                String name = xml.substring(start + 1, nameEnd);
                int close = xml.indexOf('>', start);
                if (close > 0 && xml.charAt(close - 1) == '/') {
                    return xml.substring(0, start) + xml.substring(close + 1);
                }
                int end = xml.indexOf("</" + name + ">", start);
                return end < 0 ? xml : xml.substring(0, start) + xml.substring(end + name.length() + 3);
            }
            case 2 -> { // an element is duplicated
                int start = xml.indexOf("<w:p>", random.nextInt(Math.max(1, xml.length())));
                int end = start < 0 ? -1 : xml.indexOf("</w:p>", start);
                return end < 0 ? xml : xml.substring(0, end + 6) + xml.substring(start, end + 6) + xml.substring(end + 6);
            }
            case 3 -> { // text gets odd characters
                int at = xml.indexOf("<w:t", random.nextInt(Math.max(1, xml.length())));
                int gt = at < 0 ? -1 : xml.indexOf('>', at);
                String odd = new String[] {"\u0085", "\uF06C", "\uE000", "\t\t\t", "\u200B", "\uFEFF", "𠀀", "&#x9;"}[random.nextInt(8)];
                return gt < 0 ? xml : xml.substring(0, gt + 1) + odd + xml.substring(gt + 1);
            }
            default -> { // a random cut: malformed XML
                int from = random.nextInt(Math.max(1, xml.length()));
                int len = random.nextInt(Math.max(1, Math.min(200, xml.length() - from)));
                return xml.substring(0, from) + xml.substring(from + len);
            }
        }
    }

    private static byte[] mutateBytes(byte[] original, Random random) {
        byte[] b = original.clone();
        switch (random.nextInt(3)) {
            case 0 -> {
                for (int k = 0; k < 1 + random.nextInt(8); k++) {
                    b[random.nextInt(b.length)] ^= (byte) (1 + random.nextInt(255));
                }
                return b;
            }
            case 1 -> {
                return java.util.Arrays.copyOf(b, random.nextInt(b.length));
            }
            default -> {
                int from = random.nextInt(b.length);
                int len = Math.min(b.length - from, 1 + random.nextInt(4096));
                java.util.Arrays.fill(b, from, from + len, (byte) 0);
                return b;
            }
        }
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}

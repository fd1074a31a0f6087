package org.jianbao.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jianbao.office.WordFiles;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus of real Word files written by LibreOffice Writer ({@code src/test/resources/corpus}, README there),
 * each rendered by us and by LibreOffice: page counts and the characters in order (pdftotext's reading order or
 * the drawing order, the better of the two) compared,
 * a table printed, and the targets of issue 12 asserted on the whole corpus — no crash, at least 95 % of the
 * files with LibreOffice's page count, at least 95 % keeping 99 % of LibreOffice's characters in order. Skipped
 * with a message when LibreOffice or poppler-utils are missing.
 */
class CorpusComparisonTest {

    @TempDir
    static Path temp;

    /** Where the PDFs go: {@code -Djianbao.corpus.out=DIR} keeps them for looking at, else a temporary folder. */
    static Path dir;

    /** One document's outcome; {@code crash} is null when our renderer produced a PDF. */
    record Outcome(String name, int ourPages, int theirPages, int theirChars, int kept, int extra, List<String> warnings,
            String crash) {

        double keptShare() {
            return theirChars == 0 ? 1 : (double) kept / theirChars;
        }
    }

    private static final List<Outcome> OUTCOMES = new ArrayList<>();

    @BeforeAll
    static void renderAll() throws Exception {
        Assumptions.assumeTrue(LibreOffice.available("soffice"), "soffice not installed: corpus comparison skipped");
        Assumptions.assumeTrue(LibreOffice.available("pdftotext"), "poppler-utils not installed: corpus comparison skipped");
        String keep = System.getProperty("jianbao.corpus.out");
        dir = keep == null ? temp : Files.createDirectories(Path.of(keep));
        List<Path> files = corpus();
        FontLibrary fonts = FontLibrary.create(null);
        DocxPdfRenderer renderer = new DocxPdfRenderer(fonts);
        LibreOffice.profileWithFonts(dir.resolve("profile"), LibreOfficeComparisonTest.sameFonts(fonts));
        Files.createDirectories(dir.resolve("ours"));
        List<String[]> ours = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString().replaceFirst("\\.docx$", "");
            Path pdf = dir.resolve("ours").resolve(name + ".pdf");
            try (XWPFDocument doc = WordFiles.open(f); OutputStream out = Files.newOutputStream(pdf)) {
                PdfRenderResult r = renderer.render(doc, out);
                ours.add(new String[] {name, String.join("; ", r.warnings())});
            } catch (Exception | StackOverflowError e) {
                ours.add(new String[] {name, null, e.toString()});
            }
        }
        LibreOffice.convert(dir.resolve("profile"), dir.resolve("lo"), files);
        for (String[] o : ours) {
            Path mine = dir.resolve("ours").resolve(o[0] + ".pdf");
            Path theirs = dir.resolve("lo").resolve(o[0] + ".pdf");
            String lo = withoutDeletions(text(theirs, false), files.get(ours.indexOf(o)));
            if (o.length == 3) {
                OUTCOMES.add(new Outcome(o[0], 0, LibreOffice.pages(theirs), lo.length(), 0, 0, List.of(), o[2]));
                continue;
            }
            String us = text(mine, false);
            // in order in pdftotext's reading order (which places chart labels and text boxes by position), or
            // in the order the text is drawn (-raw: which keeps newspaper columns apart), whichever agrees more
            int common = Math.max(commonInOrder(us, lo), commonInOrder(text(mine, true),
                    withoutDeletions(text(theirs, true), files.get(ours.indexOf(o)))));
            OUTCOMES.add(new Outcome(o[0], LibreOffice.pages(mine), LibreOffice.pages(theirs), lo.length(), common,
                    us.length() - common, o[1].isEmpty() ? List.of() : List.of(o[1].split("; ")), null));
        }
        print();
    }

    /**
     * LibreOffice's text without the text deleted with Track Changes: it prints deletions struck through (the
     * document shows its changes), we print the final text (issue 12: w:del stays out).
     */
    private static String withoutDeletions(String lo, Path docx) throws java.io.IOException {
        try (XWPFDocument doc = WordFiles.open(docx)) {
            String out = lo;
            for (org.w3c.dom.Element deleted : Wml.descendants(WordPackage.of(doc).main().root(), "delText")) {
                String gone = PdfText.squeeze(Wml.text(deleted));
                int at = gone.isEmpty() ? -1 : out.indexOf(gone);
                if (at >= 0) {
                    out = out.substring(0, at) + out.substring(at + gone.length());
                }
            }
            return out;
        }
    }

    private static List<Path> corpus() throws URISyntaxException, java.io.IOException {
        Path folder = Path.of(CorpusComparisonTest.class.getResource("/corpus").toURI());
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.toString().endsWith(".docx")).sorted().toList();
        }
    }

    /**
     * The whole document's text in pdftotext's reading order (or, {@code raw}, in the order it is drawn),
     * whitespace removed (line breaks differ between renderers), and
     * without private-use characters: LibreOffice keeps a symbol font's bullet as its code (U+F06C) where we print
     * the Unicode character the font draws (●).
     */
    private static String text(Path pdf, boolean raw) {
        List<String> cmd = raw ? List.of("pdftotext", "-raw", "-enc", "UTF-8", pdf.toString(), "-")
                : List.of("pdftotext", "-enc", "UTF-8", pdf.toString(), "-");
        String text = PdfText.squeeze(LibreOffice.run(cmd, 120));
        return text.codePoints().filter(cp -> !SymbolFonts.isPrivateUse(cp))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    /**
     * The length of the longest common subsequence of the two texts: the characters both print in the same order
     * (Myers' O((N+M)·D) walk; D, the edit distance, is small when the renderers agree).
     */
    static int commonInOrder(String a, String b) {
        int n = a.length();
        int m = b.length();
        int max = n + m;
        int offset = max + 1;
        int[] v = new int[2 * max + 3];
        for (int d = 0; d <= max; d++) {
            for (int k = -d; k <= d; k += 2) {
                int x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1]
                        : v[offset + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a.charAt(x) == b.charAt(y)) {
                    x++;
                    y++;
                }
                v[offset + k] = x;
                if (x >= n && y >= m) {
                    return (n + m - d) / 2;
                }
            }
        }
        return 0;
    }

    private static void print() {
        StringBuilder t = new StringBuilder("\nCorpus against LibreOffice (pages ours/LibreOffice, LibreOffice's characters kept in order, extra characters of ours)\n");
        t.append(String.format(Locale.ROOT, "%-22s %7s %9s %6s  %s%n", "document", "pages", "kept", "extra", "warnings"));
        for (Outcome o : OUTCOMES) {
            t.append(String.format(Locale.ROOT, "%-22s %3d/%-3d %8.1f%% %6d  %s%n", o.name(), o.ourPages(), o.theirPages(),
                    100 * o.keptShare(), o.extra(), o.crash() != null ? "CRASH " + o.crash() : String.join("; ", o.warnings())));
        }
        long samePages = OUTCOMES.stream().filter(o -> o.ourPages() == o.theirPages()).count();
        long kept = OUTCOMES.stream().filter(o -> o.keptShare() >= 0.99).count();
        t.append(String.format(Locale.ROOT, "same page count: %d/%d; >= 99 %% of the characters: %d/%d%n", samePages,
                OUTCOMES.size(), kept, OUTCOMES.size()));
        System.out.println(t);
    }

    @Test
    void noDocumentCrashesTheRenderer() {
        assertThat(OUTCOMES).isNotEmpty();
        assertThat(OUTCOMES.stream().filter(o -> o.crash() != null).map(o -> o.name() + ": " + o.crash()))
                .as("documents our renderer failed on").isEmpty();
    }

    @Test
    void atLeast95PercentOfTheFilesHaveLibreOfficesPageCount() {
        List<String> differing = OUTCOMES.stream().filter(o -> o.ourPages() != o.theirPages())
                .map(o -> o.name() + " " + o.ourPages() + "/" + o.theirPages()).toList();
        assertThat(OUTCOMES.size() - differing.size()).as("files with LibreOffice's page count; differing: " + differing)
                .isGreaterThanOrEqualTo((int) Math.ceil(0.95 * OUTCOMES.size()));
    }

    @Test
    void atLeast95PercentOfTheFilesKeep99PercentOfLibreOfficesCharactersInOrder() {
        List<String> losing = OUTCOMES.stream().filter(o -> o.keptShare() < 0.99)
                .map(o -> String.format(Locale.ROOT, "%s %.1f%%", o.name(), 100 * o.keptShare())).toList();
        assertThat(OUTCOMES.size() - losing.size()).as("files keeping >= 99 % of the characters; others: " + losing)
                .isGreaterThanOrEqualTo((int) Math.ceil(0.95 * OUTCOMES.size()));
    }

    @Test
    void noDocumentLosesTextWithoutAWarning() {
        // a construct the renderer leaves out (or misplaces wholesale) must be named on the document
        for (Outcome o : OUTCOMES) {
            if (o.keptShare() < 0.95) {
                assertThat(o.warnings()).as(o.name() + " loses text without a warning").isNotEmpty();
            }
        }
    }

    @Test
    void commonInOrderCountsCharactersInSequence() {
        assertThat(commonInOrder("abcdef", "abcdef")).isEqualTo(6);
        assertThat(commonInOrder("abXcd", "abcd")).isEqualTo(4);
        assertThat(commonInOrder("dcba", "abcd")).isEqualTo(1);
        assertThat(commonInOrder("", "abc")).isZero();
    }
}

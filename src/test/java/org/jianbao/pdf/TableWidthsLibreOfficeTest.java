package org.jianbao.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table widths we share with LibreOffice 7.4 (docs/notes/pdf.md, "Table column widths"): a fixed table keeps
 * its grid, scaled to the table's preferred width; a table given a share of the text area takes that share (Word
 * does both too). Each document of {@code src/test/resources/tables} named here is rendered by us and by
 * LibreOffice (with our fonts), and every line of every cell must hold the same text. Skipped with a message
 * when LibreOffice or poppler-utils are missing.
 */
class TableWidthsLibreOfficeTest {

    private static final List<String> AS_LIBREOFFICE = List.of("stale-grid-fixed", "fixed-scaled", "pct-width");
    private static final Pattern WORD = Pattern.compile("<word[^>]*>([^<]*)</word>");

    @TempDir
    static Path dir;

    @BeforeAll
    static void convert() throws Exception {
        Assumptions.assumeTrue(LibreOffice.available("soffice"), "soffice not installed: comparison skipped");
        Assumptions.assumeTrue(LibreOffice.available("pdftotext"), "poppler-utils not installed: comparison skipped");
        FontLibrary fonts = FontLibrary.create(null);
        var replacements = new java.util.LinkedHashMap<>(LibreOfficeComparisonTest.sameFonts(fonts));
        replacements.put("Times New Roman", fonts.resolve("Times New Roman", false).face().fullName()
                .replaceFirst("\\s+(Regular|Book)$", ""));
        LibreOffice.profileWithFonts(dir.resolve("profile"), replacements);
        List<Path> files = new ArrayList<>();
        Files.createDirectories(dir.resolve("ours"));
        for (String name : AS_LIBREOFFICE) {
            Path docx = Path.of(TableWidthsLibreOfficeTest.class.getResource("/tables/" + name + ".docx").toURI());
            files.add(docx);
            Files.write(dir.resolve("ours").resolve(name + ".pdf"), TableWidthsTest.render(name));
        }
        LibreOffice.convert(dir.resolve("profile"), dir.resolve("lo"), files);
    }

    /**
     * pdftotext's words of the document: Chinese text has no spaces, so a word is one line of one cell (cells side
     * by side are words apart). Without digits: the gap Word and we put between digits and Chinese text splits our
     * words where LibreOffice's narrower gap does not. Sorted, as the two renderers draw side-by-side cells in
     * different orders.
     */
    private static List<String> cellLines(Path pdf) {
        String xml = LibreOffice.run(List.of("pdftotext", "-bbox", "-enc", "UTF-8", pdf.toString(), "-"), 60);
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(xml);
        while (word.find()) {
            String text = word.group(1).replaceAll("[0-9]", "");
            if (!text.isEmpty()) {
                words.add(text);
            }
        }
        return words.stream().sorted().toList();
    }

    static List<String> documents() {
        return AS_LIBREOFFICE;
    }

    @ParameterizedTest
    @MethodSource("documents")
    void linesWrapAsInLibreOffice(String name) {
        Path ours = dir.resolve("ours").resolve(name + ".pdf");
        Path theirs = dir.resolve("lo").resolve(name + ".pdf");
        assertThat(LibreOffice.pages(ours)).as(name + " pages").isEqualTo(LibreOffice.pages(theirs));
        assertThat(cellLines(ours)).as(name + ": each line of each cell").isEqualTo(cellLines(theirs));
    }
}

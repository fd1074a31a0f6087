package org.jianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jianbao.pdf.FontLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench} with tiny sizes: every row of the table is there, measured or saying why not. The figures are not
 * checked (a loaded machine gives any); the children it starts work in temporary folders, never in ./data or ./output.
 */
class BenchCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsOneTableWithEveryRowAndWritesItWhereAsked() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path results = dir.resolve("bench/results.md");
        int exit = new JianbaoCommandLine(command -> {
            throw new AssertionError("bench must not start the Spring context in its own process");
        }, StandaloneServices.withFonts(FontLibrary.create(null)), new PrintWriter(out, true), new PrintWriter(err, true))
                .execute("bench", "--units", "1", "--docs", "5", "--runs", "1", "--requests", "1", "--out", results.toString());

        assertThat(exit).as(err.toString()).isZero();
        String table = out.toString();
        assertThat(table).contains("| what | includes | jianbao | comparison | ratio | load |");
        assertThat(table).contains("fill + write .docx, the product's briefing template", "template compiled once",
                "compile included in every document");
        assertThat(table).contains("whole briefing: fill + .docx + PDF");
        assertThat(table).contains("our renderer (parse + layout + PDF) against LibreOffice");
        assertThat(table).contains("`pdf` command on the briefing, cold process");
        assertThat(table).contains("`generate briefing`, cold process");
        assertThat(table).contains("`run --all-units`, 1 synthetic units");
        assertThat(table).contains("on-demand briefing through the service (`serve` + POST /api/runs), median and p95 of 1");
        assertThat(table).containsPattern("\\| COMPLETED after [0-9.]+ s median, [0-9.]+ s p95 ");
        // poi-tl is a test dependency: here it is measured, not skipped
        assertThat(table).contains("poi-tl 1.12.2: ");
        assertThat(table).doesNotContain("the command failed", "import of the samples failed", "`sample` failed",
                "`import` failed", "`run` failed", "no `sample` command");
        assertThat(table).containsPattern("\\| [0-9.]+ s wall, CPU [0-9.]+ s, [1-9][0-9]* PDFs, [0-9.]+ PDFs/s, peak RSS");
        assertThat(Files.readString(results)).isEqualTo(table);
    }
}

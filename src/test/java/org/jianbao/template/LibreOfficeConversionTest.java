package org.jianbao.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jianbao.template.TestDocx.p;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A filled document converts with LibreOffice, when it is installed (skipped otherwise). */
class LibreOfficeConversionTest {

    @Test
    void filledDocumentConvertsToPdfWithItsText(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(onPath("soffice"), "soffice is not installed: conversion test skipped");
        String table = "<w:tbl><w:tr><w:tc>" + p("{{?rows}}{{name}}") + "</w:tc><w:tc>" + p("{{v | percent}}{{/rows}}") + "</w:tc></w:tr></w:tbl>";
        byte[] template = TestDocx.withHeader(p("标题：{{title}}") + table + p("{{@chart}}"), p("{{unit}}"));
        Chart chart = new Chart(Chart.ChartType.BAR, null, List.of("A", "B"), List.of(new Chart.Series("s", List.of(1.0, 2.0))), 120, 60);
        byte[] filled = DocxTemplate.compile(template, "t.docx").fill(Map.of("title", "Quarterly", "unit", "County",
                "rows", List.of(Map.of("name", "Alpha", "v", 6.3), Map.of("name", "Beta", "v", -1)), "chart", chart)).toBytes();
        Path docx = Files.write(dir.resolve("filled.docx"), filled);
        Process p = new ProcessBuilder("soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        boolean finished = p.waitFor(120, TimeUnit.SECONDS);
        if (!finished) {
            // a hung office must not outlive the test (nor hold the build)
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        assertThat(finished).as("soffice finished within 120 s").isTrue();
        Path pdf = dir.resolve("filled.pdf");
        assertThat(pdf).exists();
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(d);
            assertThat(text).contains("Quarterly").contains("Alpha").contains("6.3%").contains("Beta").contains("-1.0%")
                    .contains("County");
        }
    }

    static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}

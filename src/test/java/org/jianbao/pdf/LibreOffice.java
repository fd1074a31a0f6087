package org.jianbao.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs LibreOffice and poppler's tools, for comparisons and the benchmark. */
final class LibreOffice {

    private LibreOffice() {
    }

    static boolean available(String tool) {
        try {
            Process p = new ProcessBuilder(tool, tool.equals("soffice") ? "--version" : "-v").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * One {@code soffice --headless --convert-to pdf} call for all files, with its own profile so that it never
     * talks to another user's running LibreOffice.
     */
    static void convert(Path profile, Path outDir, List<Path> docx) {
        List<String> cmd = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", outDir.toString()));
        docx.forEach(d -> cmd.add(d.toString()));
        run(cmd, 600);
    }

    /**
     * Like {@link #convert} but returns the CPU seconds (user + system) LibreOffice and its child processes used,
     * measured by bash's {@code time}: a fair number on a machine whose load inflates every wall clock.
     */
    static double convertCpuSeconds(Path profile, Path outDir, List<Path> docx) {
        StringBuilder cmd = new StringBuilder("TIMEFORMAT='%3U %3S'; time soffice '-env:UserInstallation=")
                .append(profile.toUri()).append("' --headless --convert-to pdf --outdir '").append(outDir).append("'");
        docx.forEach(d -> cmd.append(" '").append(d).append("'"));
        cmd.append(" >/dev/null 2>&1");
        String out = run(List.of("bash", "-c", cmd.toString()), 600).trim();
        String[] last = out.substring(out.lastIndexOf('\n') + 1).trim().split("\\s+");
        return Double.parseDouble(last[0]) + Double.parseDouble(last[1]);
    }

    static String run(List<String> cmd, int timeoutSeconds) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("timed out: " + cmd);
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(cmd + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static String pdftotext(Path pdf, int page) {
        return run(List.of("pdftotext", "-f", Integer.toString(page), "-l", Integer.toString(page), "-enc", "UTF-8",
                pdf.toString(), "-"), 60);
    }

    static int pages(Path pdf) {
        for (String line : run(List.of("pdfinfo", pdf.toString()), 60).split("\n")) {
            if (line.startsWith("Pages:")) {
                return Integer.parseInt(line.substring(6).trim());
            }
        }
        throw new IllegalStateException("no page count for " + pdf);
    }
}

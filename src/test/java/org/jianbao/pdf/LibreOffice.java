package org.jianbao.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs LibreOffice and poppler's tools, for comparisons and the benchmark. */
final class LibreOffice {

    private LibreOffice() {
    }

    static boolean available(String tool) {
        try {
            run(List.of(tool, tool.equals("soffice") ? "--version" : "-v"), 60);
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    /**
     * A LibreOffice profile whose font replacement table sends each document font to the face our renderer
     * uses for it, so that a comparison measures layout, not this machine's fontconfig fallback.
     */
    static void profileWithFonts(Path profile, Map<String, String> replacements) throws IOException {
        StringBuilder xcu = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<oor:items xmlns:oor=\"http://openoffice.org/2001/registry\" xmlns:xs=\"http://www.w3.org/2001/XMLSchema\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n"
                + "<item oor:path=\"/org.openoffice.Office.Common/Font/Substitution\"><prop oor:name=\"Replacement\""
                + " oor:op=\"fuse\"><value>true</value></prop></item>\n");
        int i = 0;
        for (Map.Entry<String, String> e : replacements.entrySet()) {
            xcu.append("<item oor:path=\"/org.openoffice.Office.Common/Font/Substitution/FontPairs\"><node oor:name=\"_")
                    .append(i++).append("\" oor:op=\"replace\">")
                    .append("<prop oor:name=\"Always\" oor:op=\"fuse\"><value>true</value></prop>")
                    .append("<prop oor:name=\"OnScreenOnly\" oor:op=\"fuse\"><value>false</value></prop>")
                    .append("<prop oor:name=\"ReplaceFont\" oor:op=\"fuse\"><value>").append(e.getKey()).append("</value></prop>")
                    .append("<prop oor:name=\"SubstituteFont\" oor:op=\"fuse\"><value>").append(e.getValue())
                    .append("</value></prop></node></item>\n");
        }
        xcu.append("</oor:items>\n");
        Path user = Files.createDirectories(profile.resolve("user"));
        Files.writeString(user.resolve("registrymodifications.xcu"), xcu.toString());
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

    /**
     * Runs a command with a real time limit: its output goes to a file (so a chatty process never blocks on a full
     * pipe while we wait), and past the limit the process and its children are killed.
     */
    static String run(List<String> cmd, int timeoutSeconds) {
        Path log = null;
        Process p = null;
        try {
            log = Files.createTempFile("jianbao-tool", ".log");
            p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                kill(p);
                throw new IllegalStateException("timed out after " + timeoutSeconds + " s: " + cmd);
            }
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(cmd + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            kill(p);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            if (log != null) {
                try {
                    Files.deleteIfExists(log);
                } catch (IOException ignored) {
                    // a temp file
                }
            }
        }
    }

    static void kill(Process p) {
        if (p == null) {
            return;
        }
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        try {
            p.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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

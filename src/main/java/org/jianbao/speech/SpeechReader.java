package org.jianbao.speech;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jianbao.office.DamagedFileException;
import org.jianbao.office.WordFiles;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Reads a speech file (.txt in any of the usual encodings, or .docx) into lines. */
final class SpeechReader {

    private static final Pattern HEADING_STYLE = Pattern.compile("(?:heading|标题)\\s*([1-9])");

    private final long maxBytes;

    SpeechReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    List<SourceLine> read(Path file) {
        String name = file.toString();
        byte[] bytes = readBytes(file, name);
        boolean docxName = name.toLowerCase(Locale.ROOT).endsWith(".docx");
        if (docxName || isZip(bytes)) {
            return docx(bytes, name, docxName);
        }
        if (isOle2(bytes)) {
            throw new SpeechInputException(name + ": a Word 97-2003 .doc file; save it as .docx or .txt");
        }
        List<SourceLine> lines = new ArrayList<>();
        TextDecoder.decode(bytes, name).lines().forEach(line -> lines.add(SourceLine.body(line)));
        return requireText(lines, name);
    }

    private byte[] readBytes(Path file, String name) {
        try {
            if (Files.isDirectory(file)) {
                throw new SpeechInputException(name + ": is a directory, not a speech file");
            }
            long size = Files.size(file);
            if (size == 0) {
                throw new SpeechInputException(name + ": empty file");
            }
            if (size > maxBytes) {
                throw new SpeechInputException(String.format(Locale.ROOT, "%s: too big (%.1f MB, the limit is %d MB)",
                        name, size / 1048576.0, maxBytes / 1048576));
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new SpeechInputException(name + ": no such file");
        } catch (IOException e) {
            throw new SpeechInputException(name + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static boolean isZip(byte[] b) {
        return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
    }

    private static boolean isOle2(byte[] b) {
        return b.length >= 4 && (b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF && (b[2] & 0xFF) == 0x11
                && (b[3] & 0xFF) == 0xE0;
    }

    private static List<SourceLine> docx(byte[] bytes, String name, boolean docxName) {
        if (!docxName && WordFiles.isZip(bytes) && !hasEntry(bytes, "word/document.xml")) {
            throw new SpeechInputException(name + ": not a text file (a zip archive, not a Word document)");
        }
        XWPFDocument opened;
        try {
            opened = WordFiles.open(bytes, name);
        } catch (DamagedFileException e) {
            throw new SpeechInputException(docxName ? e.getMessage()
                    : name + ": not a text file (" + e.problem() + ")", e);
        }
        List<SourceLine> lines = new ArrayList<>();
        try (XWPFDocument document = opened) {
            ListNumbers numbers = new ListNumbers();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    String text = numbers.marker(paragraph) + paragraph.getText();
                    // A manual line break (Shift+Enter) inside a paragraph separates lines as in a .txt;
                    // the heading style applies to the first.
                    int level = outlineLevel(document, paragraph);
                    for (String line : text.split("\\R", -1)) {
                        lines.add(new SourceLine(line, level));
                        level = SourceLine.BODY;
                    }
                } else if (element instanceof XWPFSDT sdt) {
                    sdt.getContent().getText().lines().forEach(line -> lines.add(SourceLine.body(line)));
                } else if (element instanceof XWPFTable table) {
                    // Rare in speeches; keep the words, in reading order, as body text.
                    for (XWPFTableRow row : table.getRows()) {
                        for (XWPFTableCell cell : row.getTableCells()) {
                            cell.getParagraphs().forEach(p -> lines.add(SourceLine.body(p.getText())));
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // POI reports a zip that is not a Word document with several unchecked exception types.
            String reason = docxName ? "not a readable .docx" : "not a text file (a zip archive, not a readable .docx)";
            throw new SpeechInputException(name + ": " + reason + " (" + firstLine(e) + ")", e);
        }
        return requireText(lines, name);
    }

    /**
     * Word's automatic numbering: the {@code 一、} or {@code （一）} a user sees is not in the paragraph's text
     * but in numbering.xml. Rebuilt here from the level's pattern ({@code %1、}, {@code （%1）}) and a counter per
     * list and level, so the outline parser sees what the reader sees. Bullets and letters are left out.
     */
    private static final class ListNumbers {
        private final java.util.Map<java.math.BigInteger, int[]> counters = new java.util.HashMap<>();

        String marker(XWPFParagraph paragraph) {
            java.math.BigInteger list = paragraph.getNumID();
            String format = paragraph.getNumFmt();
            String pattern = paragraph.getNumLevelText();
            if (list == null || format == null || pattern == null || !pattern.contains("%")) {
                return "";
            }
            boolean chinese = format.startsWith("chinese") || format.startsWith("ideograph")
                    || format.equals("japaneseCounting") || format.equals("taiwaneseCounting");
            boolean decimal = format.startsWith("decimal");
            if (!chinese && !decimal) {
                return "";
            }
            int level = paragraph.getNumIlvl() == null ? 0 : Math.min(8, paragraph.getNumIlvl().intValue());
            int[] count = counters.computeIfAbsent(list, id -> new int[9]);
            count[level]++;
            java.util.Arrays.fill(count, level + 1, count.length, 0);
            String number = chinese ? org.jianbao.text.ChineseNumerals.of(Math.min(99, count[level])) : String.valueOf(count[level]);
            // Only this level's own number: "%1.%2" outline styles would not match our markers anyway.
            return pattern.replace("%" + (level + 1), number).replaceAll("%[1-9]", "");
        }
    }

    /** Title style → 0, Heading n / 标题 n → n, otherwise body. Word's localized style ids are digits. */
    private static int outlineLevel(XWPFDocument document, XWPFParagraph paragraph) {
        String id = paragraph.getStyleID();
        if (id == null) {
            return SourceLine.BODY;
        }
        XWPFStyle style = document.getStyles() == null ? null : document.getStyles().getStyle(id);
        String styleName = style == null || style.getName() == null ? id : style.getName();
        for (String candidate : List.of(styleName.toLowerCase(Locale.ROOT), id.toLowerCase(Locale.ROOT))) {
            if (candidate.equals("title") || candidate.equals("标题")) {
                return 0;
            }
            Matcher m = HEADING_STYLE.matcher(candidate);
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        return SourceLine.BODY;
    }

    /** Looks for a zip entry without POI, which logs a warning for every package it cannot open. */
    private static boolean hasEntry(byte[] zip, String entryName) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(entryName)) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The first line of the message, without the class names POI's wrappers put in front. */
    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.replaceFirst("^(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*: ", "");
    }

    private static List<SourceLine> requireText(List<SourceLine> lines, String name) {
        boolean blank = lines.stream().allMatch(line -> line.text().strip().replace("\uFEFF", "").isEmpty());
        if (blank) {
            throw new SpeechInputException(name + ": empty file (no text)");
        }
        return lines;
    }
}

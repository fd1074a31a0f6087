package org.jianbao.indicator;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jianbao.text.TextEncoding;

/**
 * CSV in UTF-8 (with or without BOM), GBK (what Excel on a Chinese Windows saves) or UTF-16 with a BOM (Excel's
 * "Unicode text", tab-separated). The encoding is decided by the program's one sniffer ({@link TextEncoding}),
 * which reads the whole file in a first streaming pass; the second pass reads strictly, so a byte that is not
 * valid in the encoding refuses the file instead of becoming U+FFFD in the data. The separator is a comma, or
 * a tab when the first line has more tabs than commas.
 */
final class CsvTableReader implements TableReader {

    @Override
    public void read(Path file, Consumer<SheetRow> rows) throws IOException {
        TextEncoding.Detected encoding = TextEncoding.detect(file);
        char delimiter = delimiter(file, encoding);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024);
                Reader reader = TextEncoding.strictReader(in, encoding)) {
            CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).setDelimiter(delimiter).get();
            try (CSVParser parser = CSVParser.parse(reader, format)) {
                int number = 0;
                for (CSVRecord record : parser) {
                    number++;
                    List<String> cells = new ArrayList<>(record.size());
                    record.forEach(cells::add);
                    rows.accept(new SheetRow(number, cells));
                }
            } catch (java.io.UncheckedIOException e) {
                // commons-csv's iterator wraps read errors (a malformed byte, a broken quote)
                throw e.getCause();
            }
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IOException("not valid " + encoding.charset().displayName() + " text (a byte sequence that is"
                    + " no character in it; save the file again as UTF-8 or GBK)", e);
        }
    }

    private static char delimiter(Path file, TextEncoding.Detected encoding) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(encoding.markLength());
            byte[] head = in.readNBytes(8192);
            String text = new String(head, encoding.charset());
            int nl = text.indexOf('\n');
            String first = nl >= 0 ? text.substring(0, nl) : text;
            long tabs = first.chars().filter(c -> c == '\t').count();
            long commas = first.chars().filter(c -> c == ',').count();
            return tabs > commas ? '\t' : ',';
        }
    }

    @Override
    public String approach() {
        return "csv-stream";
    }
}

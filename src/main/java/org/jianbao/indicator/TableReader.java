package org.jianbao.indicator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Streams the first sheet of a file row by row. Implementations hand each row to the consumer as
 * they read it and keep no rows themselves, so memory does not grow with the file.
 */
public interface TableReader {

    void read(Path file, Consumer<SheetRow> rows) throws IOException;

    /** A short name of the approach, for the import statistics (e.g. "xlsx-sax"). */
    String approach();

    /** The format's name for messages: xlsx, xls, csv. */
    default String format() {
        return approach().substring(0, approach().indexOf('-'));
    }

    public static TableReader forFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return new XlsxTableReader();
        }
        if (name.endsWith(".xls")) {
            return new XlsTableReader();
        }
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return new CsvTableReader();
        }
        throw new UnsupportedFormatException(file.getFileName() + ": unsupported file type (expected .xlsx, .xls or .csv)");
    }

    final class UnsupportedFormatException extends RuntimeException {
        UnsupportedFormatException(String message) {
            super(message);
        }
    }
}

package org.jianbao.indicator;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV in UTF-8 (with or without BOM) or GBK, which is what Excel on a Chinese Windows saves.
 * The encoding is decided from the bytes: a BOM means UTF-8; otherwise the file is UTF-8 if its first
 * 64 KiB decode strictly as UTF-8, else GB18030 (a superset of GBK).
 */
final class CsvTableReader implements TableReader {

    static final Charset GBK = Charset.forName("GB18030");
    private static final int SNIFF = 64 * 1024;

    @Override
    public void read(Path file, Consumer<SheetRow> rows) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), SNIFF + 16)) {
            Charset charset = detect(in);
            Reader reader = new InputStreamReader(in, charset);
            CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();
            try (CSVParser parser = CSVParser.parse(reader, format)) {
                int number = 0;
                for (CSVRecord record : parser) {
                    number++;
                    List<String> cells = new ArrayList<>(record.size());
                    record.forEach(cells::add);
                    rows.accept(new SheetRow(number, cells));
                }
            }
        }
    }

    /** Reads the head of the stream, skips a UTF-8 BOM, and leaves the stream at the first character. */
    static Charset detect(InputStream in) throws IOException {
        in.mark(SNIFF + 16);
        byte[] head = in.readNBytes(SNIFF);
        in.reset();
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            in.skipNBytes(3);
            return StandardCharsets.UTF_8;
        }
        int length = head.length;
        if (length == SNIFF) {
            // The sniffed block may end inside a multi-byte character: drop an incomplete tail.
            length = completeUtf8Prefix(head);
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(head, 0, length));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException notUtf8) {
            return GBK;
        }
    }

    private static int completeUtf8Prefix(byte[] head) {
        int end = head.length;
        int back = 0;
        while (back < 3 && end - back - 1 >= 0 && (head[end - back - 1] & 0xC0) == 0x80) {
            back++;
        }
        int lead = end - back - 1;
        return lead >= 0 && (head[lead] & 0x80) != 0 ? lead : end;
    }

    @Override
    public String approach() {
        return "csv-stream";
    }
}

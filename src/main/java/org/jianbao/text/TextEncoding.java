package org.jianbao.text;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The one encoding sniffer of the program, for speeches (.txt) and CSV imports: text in an office arrives as
 * UTF-8 (with or without BOM), GBK/GB18030 (what Chinese Windows saves) or UTF-16 with a BOM (Excel's
 * "Unicode text"). A byte order mark decides; NUL bytes on one parity mean UTF-16 without a mark; otherwise
 * the <em>whole</em> input must be strict UTF-8 to be taken as UTF-8, else GB18030 — checked streaming for files,
 * so a file of any size is judged by all its bytes, not its head.
 */
public final class TextEncoding {

    public static final Charset GB18030 = Charset.forName("GB18030");

    private TextEncoding() {
    }

    /** An encoding and the length of the byte order mark to skip. */
    public record Detected(Charset charset, int markLength) {
    }

    /** For bytes in memory: the text, strictly decoded, or empty when no candidate encoding fits. */
    public static Optional<String> decode(byte[] b) {
        Optional<Detected> mark = byMark(b, b.length);
        if (mark.isPresent()) {
            return strict(b, mark.get().markLength(), mark.get().charset());
        }
        if (hasNul(b, b.length)) {
            return utf16WithoutMark(b, b.length).flatMap(charset -> strict(b, 0, charset));
        }
        return strict(b, 0, StandardCharsets.UTF_8).or(() -> strict(b, 0, GB18030));
    }

    /** For a file: its encoding, judged by a streaming pass over all its bytes (constant memory). */
    public static Detected detect(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8192);
        }
        Optional<Detected> mark = byMark(head, head.length);
        if (mark.isPresent()) {
            return mark.get();
        }
        if (hasNul(head, head.length)) {
            Optional<Charset> utf16 = utf16WithoutMark(head, head.length);
            if (utf16.isPresent()) {
                return new Detected(utf16.get(), 0);
            }
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
            return new Detected(isStrictUtf8(in) ? StandardCharsets.UTF_8 : GB18030, 0);
        }
    }

    /**
     * A reader that fails ({@link java.nio.charset.MalformedInputException}, an IOException) on bytes that are not
     * valid in the charset, instead of turning them into U+FFFD.
     */
    public static Reader strictReader(InputStream in, Detected detected) throws IOException {
        in.skipNBytes(detected.markLength());
        CharsetDecoder decoder = detected.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new InputStreamReader(in, decoder);
    }

    private static boolean isStrictUtf8(InputStream in) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
        CharBuffer chars = CharBuffer.allocate(64 * 1024);
        boolean end = false;
        while (!end) {
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                end = true;
            } else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
            CoderResult result = decoder.decode(bytes, chars, end);
            if (result.isError()) {
                return false;
            }
            chars.clear();
            bytes.compact();
        }
        bytes.flip();
        CoderResult last = decoder.flush(chars);
        return !last.isError() && !bytes.hasRemaining();
    }

    private static Optional<Detected> byMark(byte[] b, int length) {
        if (length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return Optional.of(new Detected(StandardCharsets.UTF_8, 3));
        }
        if (length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return Optional.of(new Detected(StandardCharsets.UTF_16LE, 2));
        }
        if (length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return Optional.of(new Detected(StandardCharsets.UTF_16BE, 2));
        }
        return Optional.empty();
    }

    private static Optional<String> strict(byte[] bytes, int offset, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return Optional.of(chars.toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean hasNul(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** UTF-16 saved without a mark: ASCII and CJK punctuation put NULs on one parity only. */
    private static Optional<Charset> utf16WithoutMark(byte[] b, int length) {
        int n = Math.min(length & ~1, 8192);
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < n; i += 2) {
            evenNul += b[i] == 0 ? 1 : 0;
            oddNul += b[i + 1] == 0 ? 1 : 0;
        }
        int pairs = Math.max(1, n / 2);
        // CJK characters such as 一 (U+4E00) put a NUL on the other parity now and then: compare, don't demand zero.
        if (oddNul * 10 >= pairs && evenNul * 4 <= oddNul) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (evenNul * 10 >= pairs && oddNul * 4 <= evenNul) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }
}

package org.jianbao.speech;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns the bytes of a plain-text speech into text without being told the encoding.
 *
 * <p>Order: a byte order mark decides (UTF-8, UTF-16 LE/BE); NUL bytes without a mark mean UTF-16
 * when they fall on every other byte, else binary; then strict UTF-8, then strict GB18030 (a superset of
 * GBK and GB2312). Strict UTF-8 first is safe: Chinese text in GBK is practically never valid UTF-8,
 * while the reverse is common. What decodes but is mostly control or unassigned characters is binary.
 */
final class TextDecoder {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoder() {
    }

    /** @throws SpeechInputException naming {@code name} when the bytes are not text */
    static String decode(byte[] bytes, String name) {
        String text = decodeWithoutCheck(bytes)
                .orElseThrow(() -> new SpeechInputException(name + ": not a text file (binary or unknown encoding)"));
        if (!looksLikeText(text)) {
            throw new SpeechInputException(name + ": not a text file (binary or unknown encoding)");
        }
        return text;
    }

    private static Optional<String> decodeWithoutCheck(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return strict(b, 3, StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return strict(b, 2, StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return strict(b, 2, StandardCharsets.UTF_16BE);
        }
        if (hasNul(b)) {
            return utf16WithoutMark(b).flatMap(charset -> strict(b, 0, charset));
        }
        return strict(b, 0, StandardCharsets.UTF_8).or(() -> strict(b, 0, GB18030));
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

    private static boolean hasNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    /** UTF-16 saved without a mark: ASCII and CJK punctuation put NULs on one parity only. */
    private static Optional<Charset> utf16WithoutMark(byte[] b) {
        int n = Math.min(b.length & ~1, 8192);
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

    /** At most 1% control, unassigned, private-use or replacement characters. */
    private static boolean looksLikeText(String text) {
        int bad = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t' || c == '\f') {
                continue;
            }
            int type = Character.getType(c);
            if (c == 0 || c == '\uFFFD' || type == Character.CONTROL || type == Character.UNASSIGNED
                    || type == Character.PRIVATE_USE) {
                bad++;
            }
        }
        return bad * 100L <= n;
    }
}

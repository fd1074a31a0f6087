package org.jianbao.speech;

import java.util.Optional;

import org.jianbao.text.TextEncoding;

/**
 * Turns the bytes of a plain-text speech into text without being told the encoding.
 *
 * <p>The encoding is the program's one sniffer's ({@link TextEncoding}: byte order mark, UTF-16 by its NULs,
 * strict UTF-8, strict GB18030). What decodes but is mostly control or unassigned characters is binary.
 */
final class TextDecoder {

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
        return TextEncoding.decode(b);
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

package org.jianbao.template;

import java.nio.file.Path;
import java.util.Map;

/**
 * The value of a {@code {{@name}}} tag as a picture: a {@link Picture}, raw bytes, a file path (a string, as JSON
 * data gives it), or a map {@code {"path": "...", "widthMm": 60, "heightMm": 40, "fit": true}}.
 */
final class PictureFromData {

    private PictureFromData() {
    }

    static Picture of(Object value) {
        if (value instanceof Picture p) {
            return p;
        }
        if (value instanceof byte[] bytes) {
            return Picture.of(bytes);
        }
        if (value instanceof Path path) {
            return Picture.of(path);
        }
        if (value instanceof CharSequence s) {
            return Picture.of(Path.of(s.toString()));
        }
        if (value instanceof Map<?, ?> m && m.get("path") instanceof CharSequence path) {
            boolean fit = Boolean.TRUE.equals(m.get("fit"));
            return new Picture(null, Path.of(path.toString()), number(m.get("widthMm")), number(m.get("heightMm")), fit);
        }
        throw new IllegalArgumentException("not a picture: " + Describe.of(value)
                + " (expected a Picture, a file path or {\"path\": …, \"widthMm\": …})");
    }

    private static Double number(Object v) {
        return v instanceof Number n ? n.doubleValue() : null;
    }
}

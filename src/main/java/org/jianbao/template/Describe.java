package org.jianbao.template;

/** Short descriptions of data values for error messages (never the whole value: it may be a big list). */
final class Describe {

    private Describe() {
    }

    static String of(Object value) {
        if (value == null) {
            return "null";
        }
        String text = String.valueOf(value);
        if (text.length() > 40) {
            text = text.substring(0, 37) + "…";
        }
        return value instanceof CharSequence ? "\"" + text + "\"" : text + " (" + value.getClass().getSimpleName() + ")";
    }
}

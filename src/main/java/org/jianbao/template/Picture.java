package org.jianbao.template;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A picture for a {@code {{@name}}} tag: PNG or JPEG, from bytes or a file.
 * <p>
 * Size: both sides given → exactly that; one side given → the other from the picture's aspect ratio; neither →
 * the picture's own size (96 dpi), shrunk to the available width (cell or text column) when wider;
 * {@link #fitWidth()} → exactly the available width.
 *
 * @param bytes    the image bytes, or null when {@code file} is given
 * @param file     the image file, or null when {@code bytes} are given
 * @param widthMm  width on the page, or null
 * @param heightMm height on the page, or null
 * @param fit      scale to the available width (ignores widthMm/heightMm)
 */
public record Picture(byte[] bytes, Path file, Double widthMm, Double heightMm, boolean fit) {

    public Picture {
        if ((bytes == null) == (file == null)) {
            throw new IllegalArgumentException("a picture needs either bytes or a file");
        }
    }

    public static Picture of(byte[] bytes) {
        return new Picture(Objects.requireNonNull(bytes), null, null, null, false);
    }

    public static Picture of(Path file) {
        return new Picture(null, Objects.requireNonNull(file), null, null, false);
    }

    public Picture sizeMm(double width, double height) {
        return new Picture(bytes, file, width, height, false);
    }

    /** Width given, height from the aspect ratio. */
    public Picture widthMm(double width) {
        return new Picture(bytes, file, width, null, false);
    }

    public Picture fitWidth() {
        return new Picture(bytes, file, null, null, true);
    }

    /** What the tag location says when the picture cannot be read. */
    String source() {
        return file != null ? file.toString() : bytes.length + " bytes";
    }
}

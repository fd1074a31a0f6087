package org.jianbao.pdf;

/**
 * How one font name from a document was served.
 *
 * @param requested   the name the document asked for (e.g. 仿宋_GB2312), with " Bold" when a bold face was asked for
 * @param used        the font actually embedded (its full name)
 * @param source      where it came from: a file path (with {@code ,N} for a collection member) or {@code classpath:…}
 * @param substituted true when {@code used} is not the font that was asked for
 */
public record FontResolution(String requested, String used, String source, boolean substituted) {

    @Override
    public String toString() {
        return substituted ? requested + " -> " + used + " (substitute, " + source + ")"
                : requested + " -> " + used + " (" + source + ")";
    }
}

package org.jianbao.template;

/**
 * One thing wrong with a template or with the data for it.
 *
 * @param id       stable identifier, e.g. {@code value.unknown}, {@code section.unclosed}, {@code tag.malformed}
 * @param message  what is wrong, naming the tag
 * @param location where the tag stands, or null for problems of the whole file
 */
public record TemplateProblem(String id, String message, TagLocation location) {

    @Override
    public String toString() {
        return location == null ? message : message + " (" + location + ")";
    }
}

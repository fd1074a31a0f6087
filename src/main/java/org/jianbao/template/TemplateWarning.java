package org.jianbao.template;

/**
 * Something a lenient fill let pass (an unknown name rendered empty, say) and that a strict fill would have refused.
 *
 * @param id       the id the strict error would have had, e.g. {@code value.unknown}
 * @param message  what happened, naming the tag
 * @param location where the tag stands
 */
public record TemplateWarning(String id, String message, TagLocation location) {

    @Override
    public String toString() {
        return location == null ? message : message + " (" + location + ")";
    }
}

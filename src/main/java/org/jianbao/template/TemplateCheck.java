package org.jianbao.template;

import java.util.List;

/**
 * What {@link DocxTemplate#check()} found: every tag with its location, and the problems.
 *
 * @param tags     all tags in reading order (body, then headers, then footers)
 * @param problems structure problems (and, with data, the names the data lacks); empty when the template is fine
 */
public record TemplateCheck(List<Tag> tags, List<TemplateProblem> problems) {

    /** One tag as written, e.g. {@code {{x | number:1}}}. */
    public record Tag(String text, TagKind kind, TagLocation location) {
    }

    public enum TagKind { VALUE, SECTION, INVERTED_SECTION, SECTION_END, MEDIA, MALFORMED }

    public TemplateCheck {
        tags = List.copyOf(tags);
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}

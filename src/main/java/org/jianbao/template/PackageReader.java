package org.jianbao.template;

import java.util.Map;

import org.jianbao.office.ZipPolicy;

/**
 * Reads the entries of a .docx (a zip) into memory under the program's one {@link ZipPolicy} (entry count,
 * entry and total size, inflation ratio): a hostile file fails after a bounded amount of work, as a
 * {@link TemplateException} with the policy's reason.
 */
final class PackageReader {

    private PackageReader() {
    }

    /** Entry name (no leading slash) → bytes, in the zip's order. */
    static Map<String, byte[]> read(byte[] zip, String source) {
        try {
            return ZipPolicy.readAll(zip, source);
        } catch (ZipPolicy.RefusedZipException e) {
            String id = switch (e.refusal()) {
                case TOO_LARGE -> "package.too-large";
                case TOO_MANY_ENTRIES -> "package.too-many-entries";
                case BOMB -> "package.zip-bomb";
                case DUPLICATE_ENTRY -> "package.duplicate-entry";
                case DAMAGED -> "package.damaged";
                case NOT_ZIP -> "package.not-zip";
            };
            String message = switch (e.refusal()) {
                case DAMAGED -> "not a readable .docx (" + e.problem() + ")";
                case NOT_ZIP -> "not a .docx file (not a zip archive)";
                default -> e.problem();
            };
            throw fail(source, id, message);
        }
    }

    static TemplateException fail(String source, String id, String message) {
        return new TemplateException(source, java.util.List.of(new TemplateProblem(id, message, null)));
    }
}

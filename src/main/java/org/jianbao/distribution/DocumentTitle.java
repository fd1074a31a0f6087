package org.jianbao.distribution;

import org.jianbao.generation.DocumentKind;

/**
 * The title a mail subject and a group notice show, from the file name the report layer gave the document:
 * {@code 示范区工作进展简报-2026年第1期.docx} → {@code 示范区工作进展简报（2026年第1期）},
 * {@code 讲话-学习笔记-2026年12月2日.docx} → {@code 《讲话》学习笔记（2026年12月2日）}.
 */
final class DocumentTitle {

    private DocumentTitle() {
    }

    static String of(DocumentKind kind, String fileName) {
        String base = fileName.replaceFirst("\\.(docx|pdf)$", "");
        if (kind == DocumentKind.STUDY_NOTES) {
            int notes = base.lastIndexOf("-学习笔记-");
            if (notes > 0) {
                return "《" + base.substring(0, notes) + "》学习笔记（" + base.substring(notes + "-学习笔记-".length()) + "）";
            }
        }
        int dash = base.indexOf('-');
        return dash > 0 ? base.substring(0, dash) + "（" + base.substring(dash + 1) + "）" : base;
    }
}

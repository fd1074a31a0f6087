package org.jianbao.generation;

/** The documents jianbao produces; each is one Word template in the templates folder. */
public enum DocumentKind {
    STUDY_NOTES("学习笔记", "study-notes.docx"),
    BRIEFING("工作进展简报", "progress-briefing.docx");

    private final String label;
    private final String templateFile;

    DocumentKind(String label, String templateFile) {
        this.label = label;
        this.templateFile = templateFile;
    }

    public String label() {
        return label;
    }

    public String templateFile() {
        return templateFile;
    }
}

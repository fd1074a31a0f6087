package org.jianbao.generation;

import java.nio.file.Path;

/** The templates folder lacks the template a document needs. */
public final class MissingTemplateException extends RuntimeException {

    public MissingTemplateException(Path file) {
        super(file + ": template not found (set jianbao.templates-dir to the folder that holds it)");
    }
}

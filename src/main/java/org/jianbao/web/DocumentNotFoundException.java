package org.jianbao.web;

/** No document with that id, or its file has gone from the output folder. */
public class DocumentNotFoundException extends RuntimeException {

    public DocumentNotFoundException(String message) {
        super(message);
    }
}

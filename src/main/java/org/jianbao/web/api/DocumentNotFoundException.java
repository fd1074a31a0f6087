package org.jianbao.web.api;

/** No document with that id, or its file has gone from the output folder. */
class DocumentNotFoundException extends RuntimeException {

    DocumentNotFoundException(String message) {
        super(message);
    }
}

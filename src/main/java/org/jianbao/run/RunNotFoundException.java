package org.jianbao.run;

/** No run with that id. */
public class RunNotFoundException extends RuntimeException {

    public RunNotFoundException(long id) {
        super("no run " + id);
    }
}

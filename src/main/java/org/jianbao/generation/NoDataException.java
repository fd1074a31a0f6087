package org.jianbao.generation;

/** A unit has no indicator data at all, so there is no period to report on. */
public final class NoDataException extends RuntimeException {

    public NoDataException(String unit) {
        super(unit + ": no indicator data imported yet (run `import FILE` or drop files into the inbox)");
    }

    public NoDataException(String unit, java.time.YearMonth period) {
        super(unit + ": no indicator data for " + period + " (import that month's files first, or leave out --period)");
    }
}

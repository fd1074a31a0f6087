package org.jianbao.template;

/**
 * How forgiving a fill is. {@link #strict()} (the default): an unknown or null value is an error.
 * {@link #lenient()}: it renders empty and is reported in {@link FilledDocument#warnings()}.
 * Structure errors in the template are errors either way.
 */
public final class FillOptions {

    private static final FillOptions STRICT = new FillOptions(false);
    private static final FillOptions LENIENT = new FillOptions(true);

    private final boolean lenient;

    private FillOptions(boolean lenient) {
        this.lenient = lenient;
    }

    public static FillOptions strict() {
        return STRICT;
    }

    public static FillOptions lenient() {
        return LENIENT;
    }

    public boolean isLenient() {
        return lenient;
    }

    @Override
    public String toString() {
        return lenient ? "lenient" : "strict";
    }
}

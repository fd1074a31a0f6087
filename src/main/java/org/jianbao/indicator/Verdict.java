package org.jianbao.indicator;

/** Whether one part of a target is met. */
public enum Verdict {
    MET, NOT_MET,
    /** The target has no such part (e.g. no rank target). */
    NO_TARGET,
    /** The target has the part but no figure for it was reported. */
    NO_DATA
}

package org.jianbao.distribution;

/** Where a delivery stands. Only PENDING and retryable FAILED records are ever attempted. */
public enum DeliveryStatus {
    /** The document waits for a person to read and release it (签发). */
    AWAITING_APPROVAL,
    PENDING,
    /** Committed before anything leaves; left by a crash it means "outcome unknown". */
    SENDING,
    SENT,
    FAILED
}

package org.jianbao.distribution;

/**
 * A delivery that did not happen. Transient causes (connection refused, timeout, 4xx) are tried again with
 * backoff within the run and at later runs; permanent ones (5xx, a bad address, too large) wait for a person.
 */
final class DeliveryFailure extends Exception {

    private final boolean permanent;

    private DeliveryFailure(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    static DeliveryFailure transientFailure(String message, Throwable cause) {
        return new DeliveryFailure(message, false, cause);
    }

    static DeliveryFailure permanent(String message, Throwable cause) {
        return new DeliveryFailure(message, true, cause);
    }

    boolean isPermanent() {
        return permanent;
    }
}

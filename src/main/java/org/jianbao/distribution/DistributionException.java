package org.jianbao.distribution;

/** A request about deliveries that cannot be met as asked (an unknown id, a document already sent). */
public class DistributionException extends RuntimeException {

    public DistributionException(String message) {
        super(message);
    }

    public DistributionException(String message, Throwable cause) {
        super(message, cause);
    }
}

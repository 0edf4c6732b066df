package layers.l2.lightning;

/**
 * How a sender pays.
 *
 * @param router      how routes are weighed
 * @param maxAttempts route searches per payment, over all its parts; when they are used up, the payment fails
 * @param maxParts    the most parts a payment may be split into (1: no multi-part payments)
 * @param minPartMsat the smallest part a payment is split into
 */
public record PaymentConfig(RouterConfig router, int maxAttempts, int maxParts, long minPartMsat) {

    public PaymentConfig {
        if (maxAttempts < 1 || maxParts < 1 || minPartMsat < 1) {
            throw new IllegalArgumentException("attempts, parts and the smallest part are at least 1: " + maxAttempts
                    + ", " + maxParts + ", " + minPartMsat);
        }
    }

    /** 10 route searches per payment, up to 16 parts of at least 10,000 sat: choices for the course, not any wallet's. */
    public static PaymentConfig defaults() {
        return new PaymentConfig(RouterConfig.defaults(), 10, 16, 10_000_000);
    }

    public PaymentConfig withRouter(RouterConfig other) {
        return new PaymentConfig(other, maxAttempts, maxParts, minPartMsat);
    }

    public PaymentConfig withMaxParts(int parts) {
        return new PaymentConfig(router, maxAttempts, parts, minPartMsat);
    }

    public PaymentConfig withMaxAttempts(int attempts) {
        return new PaymentConfig(router, attempts, maxParts, minPartMsat);
    }
}

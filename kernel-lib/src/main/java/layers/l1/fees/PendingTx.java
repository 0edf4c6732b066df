package layers.l1.fees;

/**
 * A transaction waiting in the simulated mempool: when it arrived, when its sender gives up, its gas, and its max fee
 * and max priority fee per gas in wei (under a first-price auction both are the bid). Mutable only in which part of
 * the mempool it sits.
 */
final class PendingTx {

    final long id;
    final long arrivalMicros;
    final long expiryMicros;
    final long gas;
    final long maxFee;
    final long maxPriorityFee;
    final int kind;
    byte part = Mempool.NONE;

    PendingTx(long id, long arrivalMicros, long expiryMicros, long gas, long maxFee, long maxPriorityFee, int kind) {
        if (maxPriorityFee > maxFee) {
            throw new IllegalArgumentException("max priority fee " + maxPriorityFee + " above max fee " + maxFee);
        }
        this.id = id;
        this.arrivalMicros = arrivalMicros;
        this.expiryMicros = expiryMicros;
        this.gas = gas;
        this.maxFee = maxFee;
        this.maxPriorityFee = maxPriorityFee;
        this.kind = kind;
    }

    /** {@code max_fee_per_gas - max_priority_fee_per_gas}: the base fee up to which the full tip is paid. */
    long threshold() {
        return maxFee - maxPriorityFee;
    }

    /** EIP-1559's {@code priority_fee_per_gas} at {@code baseFee}; negative if the transaction cannot pay the base fee. */
    long effectiveTip(long baseFee) {
        return Math.min(maxPriorityFee, maxFee - baseFee);
    }

    @Override
    public String toString() {
        return "PendingTx(" + id + ", gas " + gas + ", max fee " + maxFee + ", max priority fee " + maxPriorityFee + ")";
    }
}

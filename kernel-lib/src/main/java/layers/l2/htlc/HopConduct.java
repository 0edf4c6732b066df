package layers.l2.htlc;

/** How a node behaves during a multi-hop payment. */
public enum HopConduct {
    /** Forwards, checks and claims as the protocol says. */
    HONEST,
    /** Unreachable from the start: its upstream node cannot offer it the HTLC. */
    OFFLINE,
    /** Online but declines to forward. */
    REFUSES,
    /** Forwards, then goes offline while the payment settles, and claims its incoming HTLC only when back. */
    OFFLINE_WHILE_SETTLING
}

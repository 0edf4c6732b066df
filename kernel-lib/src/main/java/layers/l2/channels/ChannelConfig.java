package layers.l2.channels;

/**
 * A channel's parameters.
 *
 * @param toSelfDelay  BOLT 2 {@code to_self_delay}: blocks the owner of a commitment waits before taking its own
 *                     output, the counterparty's window to punish a revoked one
 * @param feeratePerKw BOLT 2 {@code feerate_per_kw}: satoshis per 1,000 weight units for commitment transactions
 */
public record ChannelConfig(int toSelfDelay, long feeratePerKw) {

    /** 144 blocks, about one day at Bitcoin's 10-minute target: Core Lightning's default {@code watchtime-blocks}. */
    public static final int DEFAULT_TO_SELF_DELAY = 144;
    /** 2,500 sat per 1,000 weight units = 10 sat/vB (1 vbyte = 4 weight units, BIP 141): an input, not a forecast. */
    public static final long DEFAULT_FEERATE_PER_KW = 2_500;

    public ChannelConfig {
        if (toSelfDelay < 1 || toSelfDelay > 0xFFFF) {
            throw new IllegalArgumentException("to_self_delay is 1 to 65535 blocks (a BIP 68 relative lock), not "
                    + toSelfDelay);
        }
        if (feeratePerKw < 0) {
            throw new IllegalArgumentException("feerate_per_kw cannot be negative: " + feeratePerKw);
        }
    }

    public static ChannelConfig defaults() {
        return new ChannelConfig(DEFAULT_TO_SELF_DELAY, DEFAULT_FEERATE_PER_KW);
    }

    public ChannelConfig withToSelfDelay(int blocks) {
        return new ChannelConfig(blocks, feeratePerKw);
    }

    public ChannelConfig withFeeratePerKw(long feerate) {
        return new ChannelConfig(toSelfDelay, feerate);
    }
}

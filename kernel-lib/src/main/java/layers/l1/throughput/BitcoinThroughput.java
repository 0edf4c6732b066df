package layers.l1.throughput;

/**
 * Bitcoin's throughput: how many transactions of a given weight fit the block weight limit, one block per ten
 * minutes on average.
 */
public final class BitcoinThroughput {

    /** Source: BIP 141, "The new rule is block weight ≤ 4,000,000" (Bitcoin Core {@code MAX_BLOCK_WEIGHT}). */
    public static final long MAX_BLOCK_WEIGHT = 4_000_000;
    /** The limit before SegWit (August 2017): 1,000,000 bytes (BIP 141: "Blocks are currently limited to 1,000,000 bytes"). */
    public static final long LEGACY_MAX_BLOCK_SIZE = 1_000_000;
    /** Source: Bitcoin Core chainparams, {@code nPowTargetSpacing = 10 * 60}: the mean block interval in seconds. */
    public static final long BLOCK_INTERVAL_SECONDS = 600;
    /**
     * The average legacy transaction size behind the classic "about 7 tps" estimate: an assumption of the estimate,
     * not a protocol constant (1,000,000 / 250 / 600 = 6.67).
     */
    public static final long CLASSIC_AVERAGE_TX_BYTES = 250;

    private BitcoinThroughput() {
    }

    /** Transactions per second when every transaction weighs {@code weightPerTx} and blocks are full. */
    public static double tps(long weightPerTx) {
        return Throughput.tps(MAX_BLOCK_WEIGHT, weightPerTx, BLOCK_INTERVAL_SECONDS);
    }

    /** The classic estimate: 1 MB blocks of 250-byte transactions every 600 s, about 6.7 tps. */
    public static double classicEstimate() {
        return Throughput.tps(LEGACY_MAX_BLOCK_SIZE, CLASSIC_AVERAGE_TX_BYTES, BLOCK_INTERVAL_SECONDS);
    }
}

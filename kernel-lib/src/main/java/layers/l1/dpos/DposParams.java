package layers.l1.dpos;

/**
 * How a delegated-proof-of-stake chain schedules its producers: how many are elected, how many consecutive blocks each
 * makes in its turn, and the block interval.
 *
 * @param chain a name for tables
 * @param producers how many candidates the votes elect
 * @param blocksPerTurn consecutive blocks one producer makes before the next takes over
 * @param blockIntervalMillis time between blocks
 */
public record DposParams(String chain, int producers, int blocksPerTurn, long blockIntervalMillis) {

    /**
     * EOS: 21 producers (eosio.system contract, {@code producer_count = 21}), each making 12 consecutive blocks
     * (EOSIO {@code config.hpp}, {@code producer_repetitions = 12}) of half a second ({@code block_interval_ms = 500}):
     * a round of 252 blocks, 126 seconds.
     */
    public static final DposParams EOS = new DposParams("EOS", 21, 12, 500);

    /**
     * Tron: 27 Super Representatives (java-tron {@code MAX_ACTIVE_WITNESS_NUM = 27}), one block every 3 seconds
     * ({@code BLOCK_PRODUCED_INTERVAL = 3000}), votes counted every 6 hours. One block per turn is this model's
     * reading of java-tron's schedule ({@code SINGLE_REPEAT}, whose value was not checked).
     */
    public static final DposParams TRON = new DposParams("Tron", 27, 1, 3000);

    public DposParams {
        if (producers < 1 || blocksPerTurn < 1 || blockIntervalMillis < 1) {
            throw new IllegalArgumentException("producers, blocks per turn and block interval must be positive, not "
                    + producers + ", " + blocksPerTurn + ", " + blockIntervalMillis);
        }
    }

    /** Blocks in one round, every producer taking its turn once. */
    public int blocksPerRound() {
        return Math.multiplyExact(producers, blocksPerTurn);
    }

    public long roundMillis() {
        return Math.multiplyExact((long) blocksPerRound(), blockIntervalMillis);
    }
}

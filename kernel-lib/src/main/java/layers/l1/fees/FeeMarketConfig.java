package layers.l1.fees;

import java.util.Objects;

/**
 * The parameters of a {@link FeeMarketSimulation}. Immutable; change one with a {@code with...} method.
 *
 * @param mechanism       how block space is priced
 * @param blocks          how many blocks to produce
 * @param blockSeconds    seconds between blocks (Ethereum's slot: 12)
 * @param gasLimit        each block's gas limit (under EIP-1559 the target is half)
 * @param initialBaseFee  the first block's base fee (EIP-1559's {@code INITIAL_BASE_FEE}); ignored by a first-price auction
 * @param demand          transactions per second over time
 * @param bidders         how users value inclusion and bid
 * @param seed            fixes the arrivals and the bids
 */
public record FeeMarketConfig(Mechanism mechanism, int blocks, long blockSeconds, Gas gasLimit, Wei initialBaseFee,
                              DemandCurve demand, Bidders bidders, long seed) {

    /** Ethereum's slot: 12 seconds. Source: consensus-specs phase0, {@code SECONDS_PER_SLOT = 12}. */
    public static final long ETHEREUM_SLOT_SECONDS = layers.l1.pos.SpecConstants.SECONDS_PER_SLOT;
    /** The gas limit after London (5 August 2021) until February 2025: 30M, target 15M (see layers.l1.throughput.GasLimitHistory). */
    public static final Gas LONDON_GAS_LIMIT = Gas.millions(30);

    public FeeMarketConfig {
        Objects.requireNonNull(mechanism, "mechanism");
        if (blocks < 1) {
            throw new IllegalArgumentException("simulate at least 1 block, not " + blocks);
        }
        if (blockSeconds < 1) {
            throw new IllegalArgumentException("blocks are at least 1 second apart, not " + blockSeconds);
        }
        if (gasLimit.isLessThan(Gas.TRANSACTION)) {
            throw new IllegalArgumentException("a gas limit below " + Gas.TRANSACTION + " fits no transaction: " + gasLimit);
        }
        Objects.requireNonNull(initialBaseFee, "initialBaseFee").longValueExact();
        Objects.requireNonNull(demand, "demand");
        Objects.requireNonNull(bidders, "bidders");
    }

    /**
     * EIP-1559 at London's parameters (30M limit, 12-second slots, 1 Gwei initial base fee), 1,000 blocks (3 hours
     * 20 minutes) of steady demand at 20 transactions a second of {@link GasMix#ethereumTypical()}: about 13.3M gas
     * a block, just under the 15M target. Seed 1.
     */
    public static FeeMarketConfig ethereum() {
        return new FeeMarketConfig(Mechanism.EIP_1559, 1_000, ETHEREUM_SLOT_SECONDS, LONDON_GAS_LIMIT,
                Eip1559.INITIAL_BASE_FEE, DemandCurve.constant(20), Bidders.typical(), 1);
    }

    /** {@link #ethereum()} with demand tripled from the 200th to the 500th block: a congestion episode of an hour. */
    public static FeeMarketConfig congestion() {
        FeeMarketConfig base = ethereum();
        return base.withDemand(DemandCurve.constant(20).withSpike(200 * base.blockSeconds, 500 * base.blockSeconds, 3));
    }

    public FeeMarketConfig withMechanism(Mechanism m) {
        return new FeeMarketConfig(m, blocks, blockSeconds, gasLimit, initialBaseFee, demand, bidders, seed);
    }

    public FeeMarketConfig withBlocks(int n) {
        return new FeeMarketConfig(mechanism, n, blockSeconds, gasLimit, initialBaseFee, demand, bidders, seed);
    }

    public FeeMarketConfig withBlockSeconds(long seconds) {
        return new FeeMarketConfig(mechanism, blocks, seconds, gasLimit, initialBaseFee, demand, bidders, seed);
    }

    public FeeMarketConfig withGasLimit(Gas limit) {
        return new FeeMarketConfig(mechanism, blocks, blockSeconds, limit, initialBaseFee, demand, bidders, seed);
    }

    public FeeMarketConfig withInitialBaseFee(Wei fee) {
        return new FeeMarketConfig(mechanism, blocks, blockSeconds, gasLimit, fee, demand, bidders, seed);
    }

    public FeeMarketConfig withDemand(DemandCurve d) {
        return new FeeMarketConfig(mechanism, blocks, blockSeconds, gasLimit, initialBaseFee, d, bidders, seed);
    }

    public FeeMarketConfig withBidders(Bidders b) {
        return new FeeMarketConfig(mechanism, blocks, blockSeconds, gasLimit, initialBaseFee, demand, b, seed);
    }

    public FeeMarketConfig withSeed(long s) {
        return new FeeMarketConfig(mechanism, blocks, blockSeconds, gasLimit, initialBaseFee, demand, bidders, s);
    }

    /** The gas target: half the limit under EIP-1559 ({@link Eip1559#parentGasTarget}). */
    public Gas gasTarget() {
        return Eip1559.parentGasTarget(gasLimit);
    }

    /** How many transactions a second the demand would need to fill the target with this mix on average. */
    public double targetTxPerSecond() {
        return gasTarget().value() / bidders.mix().meanGas() / blockSeconds;
    }
}

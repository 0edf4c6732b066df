package layers.l2.rollup;

import layers.l1.keys.EthereumAddress;
import layers.l1.network.SimTime;

import java.util.Locale;
import java.util.Objects;

/**
 * A rollup's timing parameters: L1's block time, L2's block time, how long a message in the L1 inbox may wait
 * before anyone can force it into the L2 chain, when posted state commitments become final, and the one address
 * allowed to post batches (the sequencer's batch poster).
 *
 * <pre>{@code
 * RollupConfig.arbitrum()                        // forced inclusion after 24 hours, roots final after 7 days
 * RollupConfig.opStack().withFinalization(FinalizationPolicy.onPosting())
 * }</pre>
 */
public record RollupConfig(String name, SimTime l1BlockTime, SimTime l2BlockTime, SimTime forceInclusionDelay,
                           FinalizationPolicy finalization, EthereumAddress batchPoster) {

    /** Ethereum's slot. Source: consensus specs, {@code SECONDS_PER_SLOT = 12}. */
    public static final SimTime L1_BLOCK_TIME = SimTime.ofSeconds(12);
    /** Source: OP Stack rollup config, {@code block_time = 2} (seconds). */
    public static final SimTime OP_STACK_L2_BLOCK_TIME = SimTime.ofSeconds(2);
    /** Arbitrum's delayed inbox: "after a waiting period (~24 hours)" a message can be force-included. Source: docs.arbitrum.io, force inclusion. */
    public static final SimTime ARBITRUM_FORCE_INCLUSION_DELAY = hours(24);
    /** OP Stack's sequencing window: "a 12-hour rolling window to include L2 transactions". Source: docs.optimism.io, forced transaction flow. */
    public static final SimTime OP_STACK_SEQUENCING_WINDOW = hours(12);
    /** The challenge window the seeds give for optimistic rollups: 7 days. */
    public static final SimTime SEVEN_DAYS = hours(7 * 24);
    /** The batch poster of the presets (this model's address). */
    public static final EthereumAddress DEFAULT_BATCH_POSTER =
            EthereumAddress.fromHex("0x00000000000000000000000000000000005e9c00");

    public RollupConfig {
        Objects.requireNonNull(name, "name");
        requirePositive(l1BlockTime, "l1BlockTime");
        requirePositive(l2BlockTime, "l2BlockTime");
        Objects.requireNonNull(forceInclusionDelay, "forceInclusionDelay");
        Objects.requireNonNull(finalization, "finalization");
        Objects.requireNonNull(batchPoster, "batchPoster");
    }

    /**
     * Arbitrum-like: force inclusion after 24 hours, roots final 7 days after posting. L2 blocks every 2 s: both
     * presets use the OP Stack's block time, as Arbitrum's block timing is not modelled here.
     */
    public static RollupConfig arbitrum() {
        return new RollupConfig("Arbitrum-like", L1_BLOCK_TIME, OP_STACK_L2_BLOCK_TIME, ARBITRUM_FORCE_INCLUSION_DELAY,
                FinalizationPolicy.afterDelay(SEVEN_DAYS), DEFAULT_BATCH_POSTER);
    }

    /** OP Stack-like: 2 s L2 blocks, a 12-hour sequencing window, roots final 7 days after posting. */
    public static RollupConfig opStack() {
        return new RollupConfig("OP Stack-like", L1_BLOCK_TIME, OP_STACK_L2_BLOCK_TIME, OP_STACK_SEQUENCING_WINDOW,
                FinalizationPolicy.afterDelay(SEVEN_DAYS), DEFAULT_BATCH_POSTER);
    }

    public RollupConfig withForceInclusionDelay(SimTime delay) {
        return new RollupConfig(name, l1BlockTime, l2BlockTime, delay, finalization, batchPoster);
    }

    public RollupConfig withFinalization(FinalizationPolicy policy) {
        return new RollupConfig(name, l1BlockTime, l2BlockTime, forceInclusionDelay, policy, batchPoster);
    }

    public RollupConfig withL2BlockTime(SimTime blockTime) {
        return new RollupConfig(name, l1BlockTime, blockTime, forceInclusionDelay, finalization, batchPoster);
    }

    /** The L1 block that contains time {@code t} (block 0 starts at time 0). */
    public long l1BlockAt(SimTime t) {
        return t.micros() / l1BlockTime.micros();
    }

    /** {@code n} hours of simulated time. */
    public static SimTime hours(double n) {
        return SimTime.ofSeconds(n * 3600);
    }

    /** "24 h", "7 d", "90 s", "1.5 min": a span for tables and messages (days from 2 whole days up). */
    public static String humanDuration(SimTime t) {
        double s = t.toSeconds();
        if (s >= 2 * 86_400 && s % 86_400 == 0) {
            return plain(s / 86_400) + " d";
        }
        if (s >= 3_600) {
            return plain(s / 3_600) + " h";
        }
        if (s >= 60) {
            return plain(s / 60) + " min";
        }
        return plain(s) + " s";
    }

    private static String plain(double v) {
        return new java.math.BigDecimal(String.format(Locale.ROOT, "%.4g", v)).stripTrailingZeros().toPlainString();
    }

    private static void requirePositive(SimTime t, String what) {
        Objects.requireNonNull(t, what);
        if (t.micros() == 0) {
            throw new IllegalArgumentException(what + " must be positive, was " + t);
        }
    }
}

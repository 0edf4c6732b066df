package layers.l1.settlement;

import layers.l1.network.SimRandom;
import layers.l1.pos.SpecConstants;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.Arrays;

/**
 * How long a payment waits, as distributions rather than means: seeded samples of the seconds from the moment a
 * transaction is sent to its inclusion in a block and to its settlement. Both models assume the transaction pays
 * enough to go into the next block (the fee market's own wait is {@link TimeToFinality#latency}).
 *
 * <p><b>Proof of work.</b> Blocks arrive as a Poisson process with a mean interval of 600 s (Bitcoin Core
 * {@code nPowTargetSpacing}; the whitepaper's section 11 models block finding as Poisson). Waits between blocks are
 * exponential and memoryless, so from the moment of sending the wait for the next block is itself exponential with
 * a mean of 600 s, not 300, and {@code k} confirmations take the sum of {@code k} such waits: an Erlang distribution,
 * mean {@code 600·k} s.
 *
 * <p><b>Proof of stake (Ethereum).</b> Slots every 12 s, each proposer publishing at the start of its slot; a
 * transaction sent during a slot goes into the next slot that has a block (each proposer misses with probability
 * {@code missedSlotRate}, an input). The block at slot {@code s} is under the checkpoint of epoch
 * {@code ceil(s/32)}, which in the usual case is justified at the end of that epoch and finalized at the end of the
 * next ({@link layers.l1.pos.EconomicFinality#EPOCHS_TO_FINALITY}). Sources: consensus-specs phase0,
 * {@code SLOTS_PER_EPOCH = 32}, {@code SECONDS_PER_SLOT = 12}, {@code process_justification_and_finalization}.
 */
public final class FinalityTimes {

    /** Seconds in an epoch: 32 slots of 12 s. */
    public static final long SECONDS_PER_EPOCH = SpecConstants.SLOTS_PER_EPOCH * SpecConstants.SECONDS_PER_SLOT;

    private FinalityTimes() {
    }

    /** {@code samples} seeded draws of the seconds from sending to {@code confirmations} blocks (1 = inclusion). */
    public static double[] powSeconds(int confirmations, int samples, long seed) {
        if (confirmations < 1) {
            throw new IllegalArgumentException("confirmations must be 1 or more (1 is inclusion), not "
                    + confirmations);
        }
        checkSamples(samples);
        SimRandom random = new SimRandom(seed);
        double[] out = new double[samples];
        for (int i = 0; i < samples; i++) {
            double t = 0;
            for (int k = 0; k < confirmations; k++) {
                t += random.nextExponential(TimeToFinality.POW_BLOCK_SECONDS);
            }
            out[i] = t;
        }
        return out;
    }

    /**
     * The exact probability that {@code confirmations} blocks take at most {@code seconds}: the Erlang distribution
     * function {@code 1 - Σ_{n<k} e^(-x)·x^n/n!} with {@code x = seconds / 600}.
     */
    public static double powProbabilityWithin(int confirmations, double seconds) {
        if (confirmations < 1) {
            throw new IllegalArgumentException("confirmations must be 1 or more, not " + confirmations);
        }
        if (!(seconds >= 0)) {
            throw new IllegalArgumentException("seconds must be 0 or more, not " + seconds);
        }
        double x = seconds / TimeToFinality.POW_BLOCK_SECONDS;
        double term = Math.exp(-x);
        double below = 0;
        for (int n = 0; n < confirmations; n++) {
            if (n > 0) {
                term *= x / n;
            }
            below += term;
        }
        return Math.max(0, 1 - below);
    }

    /**
     * The second (counted from genesis) at which the block of {@code slot} is finalized in the usual case: at the end
     * of the epoch after that of its checkpoint, epoch {@code ceil(slot / 32)}.
     */
    public static long posFinalizedAt(long slot) {
        if (slot < 0) {
            throw new IllegalArgumentException("a slot cannot be negative: " + slot);
        }
        long checkpointEpoch = Math.floorDiv(slot + SpecConstants.SLOTS_PER_EPOCH - 1, SpecConstants.SLOTS_PER_EPOCH);
        return (checkpointEpoch + 2) * SECONDS_PER_EPOCH;
    }

    /** {@code samples} seeded draws of the seconds from sending to inclusion under proof of stake. */
    public static double[] posInclusionSeconds(int samples, double missedSlotRate, long seed) {
        return posSamples(samples, missedSlotRate, seed, false);
    }

    /** The same draws as {@link #posInclusionSeconds} (same seed), in seconds from sending to finality. */
    public static double[] posFinalitySeconds(int samples, double missedSlotRate, long seed) {
        return posSamples(samples, missedSlotRate, seed, true);
    }

    private static double[] posSamples(int samples, double missedSlotRate, long seed, boolean toFinality) {
        checkSamples(samples);
        if (!(missedSlotRate >= 0 && missedSlotRate < 1)) {
            throw new IllegalArgumentException("the missed-slot rate must be in [0, 1), not " + missedSlotRate);
        }
        SimRandom random = new SimRandom(seed);
        double[] out = new double[samples];
        for (int i = 0; i < samples; i++) {
            // the pattern repeats every epoch: send at a uniform moment of epoch 0
            double sent = random.nextDouble() * SECONDS_PER_EPOCH;
            long slot = (long) Math.floor(sent / SpecConstants.SECONDS_PER_SLOT) + 1;
            while (random.nextDouble() < missedSlotRate) {
                slot++;
            }
            long at = toFinality ? posFinalizedAt(slot) : slot * SpecConstants.SECONDS_PER_SLOT;
            out[i] = at - sent;
        }
        return out;
    }

    /** The {@code p}-th percentile (nearest rank, {@code 0 < p <= 100}) of {@code values}. */
    public static double percentile(double[] values, double p) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values to take a percentile of");
        }
        if (!(p > 0 && p <= 100)) {
            throw new IllegalArgumentException("a percentile is in (0, 100], not " + p);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

    /**
     * Inclusion and settlement under both, {@code samples} draws each: columns {@code chain}, {@code stage},
     * {@code meanMinutes}, {@code p50Minutes}, {@code p90Minutes}, {@code p99Minutes}.
     */
    public static Table table(int samples, double missedSlotRate, long seed) {
        StringColumn chain = StringColumn.create("chain");
        StringColumn stage = StringColumn.create("stage");
        DoubleColumn mean = DoubleColumn.create("meanMinutes");
        DoubleColumn p50 = DoubleColumn.create("p50Minutes");
        DoubleColumn p90 = DoubleColumn.create("p90Minutes");
        DoubleColumn p99 = DoubleColumn.create("p99Minutes");
        String pow = "proof of work (Bitcoin)";
        String pos = "proof of stake (Ethereum)";
        Object[][] rows = {
            {pow, "included (1 confirmation)", powSeconds(1, samples, seed)},
            {pow, "6 confirmations", powSeconds(6, samples, seed)},
            {pos, "included", posInclusionSeconds(samples, missedSlotRate, seed)},
            {pos, "finalized", posFinalitySeconds(samples, missedSlotRate, seed)},
        };
        for (Object[] row : rows) {
            double[] seconds = (double[]) row[2];
            chain.append((String) row[0]);
            stage.append((String) row[1]);
            mean.append(Arrays.stream(seconds).average().orElseThrow() / 60);
            p50.append(percentile(seconds, 50) / 60);
            p90.append(percentile(seconds, 90) / 60);
            p99.append(percentile(seconds, 99) / 60);
        }
        return Table.create("from sending to inclusion and to settlement, " + samples + " draws each", chain, stage,
                mean, p50, p90, p99);
    }

    private static void checkSamples(int samples) {
        if (samples < 1) {
            throw new IllegalArgumentException("at least one sample, not " + samples);
        }
    }
}

package layers.l1.pow;

import layers.l1.network.SimRandom;
import layers.notebook.Progress;

/**
 * The double-spend race of whitepaper section 11, played out with seeded random numbers instead of summed: the
 * attacker mines a private chain while the merchant waits for {@code z} confirmations, then keeps mining until the
 * private chain catches up (success) or falls {@code deficitCap} blocks behind (counted as failure).
 *
 * <p>Time is measured in mean block intervals of the whole network: honest blocks come at rate {@code p = 1 - q},
 * the attacker's at rate {@code q}.
 */
public final class DoubleSpendRace {

    /** How long the honest chain takes to find its {@code z} blocks. */
    public enum HonestProgress {
        /** Exactly its expected time, {@code z / p}: the whitepaper's assumption, which makes the attacker's progress
         *  Poisson with mean {@code z·q/p}. Agrees with {@link AttackerSuccess#probability}. */
        EXPECTED_TIME,
        /** As long as the race takes, block by block: each new block is the attacker's with probability {@code q}.
         *  Agrees with {@link AttackerSuccess#raceProbability}. */
        BLOCK_RACE
    }

    /**
     * The outcome of {@code trials} races: the fraction the attacker won, its standard error
     * {@code sqrt(P(1-P)/trials)}, and the most the deficit cap can have lowered the estimate ({@code (q/p)^cap}).
     */
    public record Estimate(long successes, long trials, double capBias) {

        public double probability() {
            return successes / (double) trials;
        }

        public double standardError() {
            double p = probability();
            return Math.sqrt(p * (1 - p) / trials);
        }

        /** True if {@code exact} is within {@code sigmas} standard errors (plus the cap's bias) of the estimate. */
        public boolean agreesWith(double exact, double sigmas) {
            double error = Math.sqrt(exact * (1 - exact) / trials); // the spread the exact value implies
            return Math.abs(probability() - exact) <= sigmas * error + capBias + 1e-12;
        }
    }

    /** Deficits whose catch-up probability is below this are counted as lost. */
    private static final double NEGLIGIBLE = 1e-12;

    private DoubleSpendRace() {
    }

    /** {@code trials} races with a deficit cap whose bias is below 10^-12. */
    public static Estimate simulate(double q, int z, long trials, long seed, HonestProgress model) {
        return simulate(q, z, trials, seed, model, defaultCap(q, z), Progress.silent("double-spend races", trials));
    }

    /** {@code trials} races, counting a race lost once the attacker is {@code deficitCap} blocks behind. */
    public static Estimate simulate(double q, int z, long trials, long seed, HonestProgress model, int deficitCap,
                                    Progress progress) {
        AttackerSuccess.checkShare(q);
        AttackerSuccess.checkDepth(z);
        if (q >= 0.5) {
            throw new IllegalArgumentException("with q = " + q + " >= 0.5 the attacker always catches up; "
                    + "there is no race to simulate");
        }
        if (trials < 1) {
            throw new IllegalArgumentException("trials must be 1 or more, was " + trials);
        }
        if (deficitCap <= z) {
            throw new IllegalArgumentException("the deficit cap (" + deficitCap + ") must exceed z (" + z + ")");
        }
        SimRandom random = new SimRandom(seed);
        long successes = 0;
        for (long t = 0; t < trials; t++) {
            int attackerBlocks = model == HonestProgress.EXPECTED_TIME
                    ? attackerBlocksInExpectedTime(q, z, random)
                    : attackerBlocksInBlockRace(q, z, random);
            if (catchesUp(q, z - attackerBlocks, deficitCap, random)) {
                successes++;
            }
            if ((t & 1023) == 1023) {
                progress.step(1024);
            }
        }
        progress.done();
        return new Estimate(successes, trials, Math.pow(q / (1 - q), deficitCap));
    }

    /** Attacker blocks found (rate q) in the honest chain's expected time for z blocks, z / p. */
    static int attackerBlocksInExpectedTime(double q, int z, SimRandom random) {
        if (q == 0) {
            return 0;
        }
        double window = z / (1 - q);
        double clock = random.nextExponential(1 / q);
        int found = 0;
        while (clock <= window) {
            found++;
            clock += random.nextExponential(1 / q);
        }
        return found;
    }

    /** Attacker blocks found before the honest chain finds z, block by block. */
    static int attackerBlocksInBlockRace(double q, int z, SimRandom random) {
        int honest = 0;
        int attacker = 0;
        while (honest < z) {
            if (random.nextBoolean(q)) {
                attacker++;
            } else {
                honest++;
            }
        }
        return attacker;
    }

    /** The catch-up random walk from {@code deficit} blocks behind; reaching 0 wins, reaching the cap loses. */
    static boolean catchesUp(double q, int deficit, int cap, SimRandom random) {
        while (deficit > 0 && deficit < cap) {
            deficit += random.nextBoolean(q) ? -1 : 1;
        }
        return deficit <= 0;
    }

    static int defaultCap(double q, int z) {
        if (q == 0) {
            return z + 1;
        }
        int extra = (int) Math.ceil(Math.log(NEGLIGIBLE) / Math.log(q / (1 - q)));
        return z + Math.max(1, extra);
    }
}

package layers.l1.pow;

import layers.l1.network.SimRandom;
import layers.notebook.Progress;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * Selfish mining (Eyal and Sirer, "Majority is not Enough: Bitcoin Mining is Vulnerable", FC 2014): a pool with a
 * share {@code α} of the hash power that withholds its blocks earns more than {@code α} of the rewards once
 * {@code α} passes a threshold that depends on {@code γ}, the share of honest miners that mine on the pool's block
 * when two blocks race.
 */
public final class SelfishMining {

    private SelfishMining() {
    }

    /** The simulated outcome of one run: revenue share, and the share honest mining would have earned. */
    public record Outcome(double alpha, double gamma, long blocks, double relativeRevenue, double honestShare,
                          double standardError) {

        /** Relative revenue minus the honest share: positive when selfish mining paid. */
        public double gain() {
            return relativeRevenue - honestShare;
        }
    }

    /**
     * The smallest share at which selfish mining pays: {@code α > (1 - γ) / (3 - 2γ)} (Eyal and Sirer, section 4,
     * Observation 1): 1/3 at γ = 0, 1/4 at γ = 1/2, 0 at γ = 1.
     */
    public static double threshold(double gamma) {
        checkGamma(gamma);
        return (1 - gamma) / (3 - 2 * gamma);
    }

    /**
     * The pool's relative revenue in the long run (Eyal and Sirer, section 4, equation 8):
     * {@code (α(1-α)²(4α + γ(1-2α)) - α³) / (1 - α(1 + (2-α)α))}, for {@code 0 <= α < 1/2}.
     */
    public static double revenue(double alpha, double gamma) {
        checkAlpha(alpha);
        checkGamma(gamma);
        double a = alpha;
        double numerator = a * (1 - a) * (1 - a) * (4 * a + gamma * (1 - 2 * a)) - a * a * a;
        double denominator = 1 - a * (1 + (2 - a) * a);
        return numerator / denominator;
    }

    /**
     * Runs the strategy for {@code blocks} found blocks, each the pool's with probability {@code α}; in a race, the
     * others mine on the pool's block with probability {@code γ}. The standard error comes from 20 batches.
     */
    public static Outcome simulate(double alpha, double gamma, long blocks, long seed) {
        checkAlpha(alpha);
        checkGamma(gamma);
        if (blocks < 20) {
            throw new IllegalArgumentException("simulate at least 20 blocks, not " + blocks);
        }
        SimRandom random = new SimRandom(seed);
        SelfishMiner pool = new SelfishMiner();
        int batches = 20;
        long perBatch = blocks / batches;
        double sum = 0;
        double sumSquares = 0;
        long poolBefore = 0;
        long othersBefore = 0;
        for (int b = 0; b < batches; b++) {
            for (long i = 0; i < perBatch; i++) {
                step(pool, alpha, gamma, random.nextDouble());
            }
            long pool1 = pool.poolRevenue() - poolBefore;
            long others1 = pool.othersRevenue() - othersBefore;
            double share = pool1 + others1 == 0 ? 0 : pool1 / (double) (pool1 + others1);
            sum += share;
            sumSquares += share * share;
            poolBefore = pool.poolRevenue();
            othersBefore = pool.othersRevenue();
        }
        double mean = sum / batches;
        double variance = Math.max(0, (sumSquares - batches * mean * mean) / (batches - 1));
        return new Outcome(alpha, gamma, perBatch * batches, pool.relativeRevenue(), pool.honestShare(),
                Math.sqrt(variance / batches));
    }

    /**
     * The profitability threshold found by simulation: the share α at which the simulated revenue crosses the
     * share honest mining earns, found by bisection on [0, 1/2) to within {@code 0.001}. Every α is simulated with
     * the same seed, so the runs share their luck and the crossing is sharp.
     */
    public static double simulatedThreshold(double gamma, long blocks, long seed) {
        checkGamma(gamma);
        double low = 0;
        double high = 0.5;
        while (high - low > 0.001) {
            double mid = (low + high) / 2;
            if (simulate(mid, gamma, blocks, seed).gain() > 0) {
                high = mid;
            } else {
                low = mid;
            }
        }
        return (low + high) / 2;
    }

    /** Simulated and closed-form revenue for each α and γ: one row per pair, ready to chart. */
    public static Table revenueTable(double[] alphas, double[] gammas, long blocks, long seed, Progress progress) {
        DoubleColumn alpha = DoubleColumn.create("alpha");
        DoubleColumn gamma = DoubleColumn.create("gamma");
        DoubleColumn simulated = DoubleColumn.create("simulatedRevenue");
        DoubleColumn formula = DoubleColumn.create("formulaRevenue");
        DoubleColumn honest = DoubleColumn.create("honestRevenue");
        for (double g : gammas) {
            for (double a : alphas) {
                Outcome o = simulate(a, g, blocks, seed);
                alpha.append(a);
                gamma.append(g);
                simulated.append(o.relativeRevenue());
                formula.append(revenue(a, g));
                honest.append(a);
                progress.step();
            }
        }
        progress.done();
        return Table.create("selfish mining revenue", alpha, gamma, simulated, formula, honest);
    }

    /** {@link #revenueTable(double[], double[], long, long, Progress)} without a progress bar. */
    public static Table revenueTable(double[] alphas, double[] gammas, long blocks, long seed) {
        return revenueTable(alphas, gammas, blocks, seed,
                Progress.silent("selfish mining", (long) alphas.length * gammas.length));
    }

    private static void step(SelfishMiner pool, double alpha, double gamma, double u) {
        if (u < alpha) {
            pool.onPoolFoundBlock();
        } else {
            // the same uniform, rescaled, decides which branch the others mined on in a race
            pool.onOthersFoundBlock((u - alpha) / (1 - alpha) < gamma);
        }
    }

    private static void checkAlpha(double alpha) {
        if (!(alpha >= 0 && alpha < 0.5)) {
            throw new IllegalArgumentException("the pool's share α must be in [0, 0.5), was " + alpha);
        }
    }

    private static void checkGamma(double gamma) {
        if (!(gamma >= 0 && gamma <= 1)) {
            throw new IllegalArgumentException("γ must be between 0 and 1, was " + gamma);
        }
    }
}

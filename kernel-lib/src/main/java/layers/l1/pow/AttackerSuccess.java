package layers.l1.pow;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * How likely an attacker with a share {@code q} of the hash power is to undo a payment the merchant accepted after
 * {@code z} confirmations: the calculation of the Bitcoin whitepaper, section 11 (Nakamoto, "Bitcoin: A Peer-to-Peer
 * Electronic Cash System", 2008), and the exact version of the same race.
 *
 * <p>Shares and probabilities are {@code double}s; nothing here is money.
 */
public final class AttackerSuccess {

    /** The risk the whitepaper solves for: "P &lt; 0.1%". */
    public static final double WHITEPAPER_RISK = 0.001;

    private AttackerSuccess() {
    }

    /**
     * The probability that an attacker {@code z} blocks behind ever catches up: {@code (q/p)^z} when {@code q < p},
     * else 1 — the gambler's ruin of whitepaper section 11, with {@code p = 1 - q} the honest share.
     */
    public static double catchUpProbability(double q, int z) {
        checkShare(q);
        checkDepth(z);
        double p = 1 - q;
        return q >= p ? 1.0 : Math.pow(q / p, z);
    }

    /**
     * The whitepaper's attacker success probability, section 11: while the merchant waits for {@code z} blocks the
     * attacker's progress is Poisson with mean {@code λ = z·q/p}, and from each possible progress {@code k} the
     * attacker still needs to catch up {@code z - k} blocks:
     * {@code P = 1 - Σ_{k=0..z} Poisson(k; λ) · (1 - (q/p)^(z-k))}. Reproduces the whitepaper's tables to 7 decimals.
     */
    public static double probability(double q, int z) {
        checkShare(q);
        checkDepth(z);
        double p = 1 - q;
        if (q >= p) {
            return 1.0;
        }
        if (z == 0) {
            return 1.0; // nothing to catch up with
        }
        if (q == 0) {
            return 0.0; // no hash power, no blocks
        }
        double lambda = z * (q / p);
        // The whitepaper's sum, 1 − Σ_{k≤z} Poisson(k; λ)·(1 − (q/p)^(z−k)), rearranged so that nothing cancels:
        // Σ_{k≤z} Poisson(k; λ)·(q/p)^(z−k) + Σ_{k>z} Poisson(k; λ), with Poisson terms in log space (exp(−λ) alone
        // underflows for large z).
        double logLambda = Math.log(lambda);
        double logRatio = Math.log(q / p);
        double logPoisson = -lambda; // log Poisson(0; λ)
        double success = 0;
        for (int k = 0; k <= z; k++) {
            if (k > 0) {
                logPoisson += logLambda - Math.log(k);
            }
            success += Math.exp(logPoisson + (z - k) * logRatio);
        }
        // The attacker already has more than z blocks: the Poisson tail, whose terms fall from here on (z > λ).
        for (long k = z + 1L; ; k++) {
            logPoisson += logLambda - Math.log(k);
            double term = Math.exp(logPoisson);
            success += term;
            if (term <= success * 1e-17 || term == 0) {
                break;
            }
        }
        return Math.min(1.0, success);
    }

    /**
     * The same race without the whitepaper's approximation: while the honest chain finds its {@code z} blocks, the
     * attacker's blocks follow a negative binomial distribution ({@code C(k+z-1, k)·p^z·q^k}), not a Poisson one
     * (the correction of Rosenfeld, "Analysis of hashrate-based double spending", 2014). The two differ: at q = 0.1
     * this gives 0.2 for z = 1 (whitepaper 0.2045873) but 0.0017818 for z = 5 (whitepaper 0.0009137).
     */
    public static double raceProbability(double q, int z) {
        checkShare(q);
        checkDepth(z);
        double p = 1 - q;
        if (q >= p) {
            return 1.0;
        }
        double negativeBinomial = Math.pow(p, z); // k = 0
        double failure = 0;
        for (int k = 0; k <= z; k++) {
            if (k > 0) {
                negativeBinomial *= q * (k + z - 1) / k;
            }
            failure += negativeBinomial * (1 - Math.pow(q / p, z - k));
        }
        return 1 - failure;
    }

    /**
     * The fewest confirmations that bring {@link #probability} below {@code risk}: the whitepaper's
     * "Solving for P less than 0.1%" table uses {@code risk = 0.001}.
     *
     * @throws IllegalArgumentException if {@code q >= 0.5} (no number of confirmations is enough)
     */
    public static int confirmationsFor(double q, double risk) {
        checkShare(q);
        if (q >= 0.5) {
            throw new IllegalArgumentException("an attacker with q = " + q + " >= 0.5 always catches up; "
                    + "no number of confirmations is enough");
        }
        if (!(risk > 0 && risk < 1)) {
            throw new IllegalArgumentException("risk must be between 0 and 1, was " + risk);
        }
        int z = 0;
        while (probability(q, z) >= risk) {
            z++;
        }
        return z;
    }

    /** {@link #probability} and {@link #raceProbability} for each {@code z} from 0 to {@code maxZ} in steps. */
    public static Table table(double q, int maxZ, int step) {
        checkDepth(maxZ);
        if (step < 1) {
            throw new IllegalArgumentException("step must be 1 or more, was " + step);
        }
        IntColumn zs = IntColumn.create("z");
        DoubleColumn whitepaper = DoubleColumn.create("whitepaper");
        DoubleColumn race = DoubleColumn.create("race");
        DoubleColumn catchUp = DoubleColumn.create("catchUp");
        for (int z = 0; z <= maxZ; z += step) {
            zs.append(z);
            whitepaper.append(probability(q, z));
            race.append(raceProbability(q, z));
            catchUp.append(catchUpProbability(q, z));
        }
        return Table.create("attacker success, q = " + q, zs, whitepaper, race, catchUp);
    }

    static void checkShare(double q) {
        if (!(q >= 0 && q <= 1)) {
            throw new IllegalArgumentException("the attacker's share q must be between 0 and 1, was " + q);
        }
    }

    static void checkDepth(int z) {
        if (z < 0) {
            throw new IllegalArgumentException("confirmations z must be 0 or more, was " + z);
        }
    }
}

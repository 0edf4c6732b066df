package layers.exercises.pow;

/**
 * Exercise {@code pow.attacker-success}: the whitepaper's attacker success probability, section 11. Write
 * {@link #attackerSuccessProbability}, then grade it: {@code ./course grade pow.attacker-success}.
 *
 * <p>Hints:
 * <ol>
 *   <li>Check the arguments first. {@code !(q >= 0 && q <= 1)} is true for NaN as well, which
 *       {@code q < 0 || q > 1} is not. Then, if {@code q >= 1 - q}, the answer is 1.</li>
 *   <li>Start from {@code sum = 1} and subtract each term {@code poisson(k) * (1 - Math.pow(q / p, z - k))} for
 *       {@code k = 0 .. z}.</li>
 *   <li>{@code k!} overflows a {@code double} at k = 171 and {@code λ^k} soon after. Build each Poisson term from
 *       the one before: {@code poisson(0) = Math.exp(-λ)}, {@code poisson(k) = poisson(k - 1) * λ / k}.</li>
 * </ol>
 */
public class MyAttackerSuccessProbability implements AttackerSuccessProbability {

    @Override
    public double attackerSuccessProbability(double q, int z) {
        // BEGIN SOLUTION pow.attacker-success
        if (!(q >= 0 && q <= 1)) {
            throw new IllegalArgumentException("the attacker's share q must be between 0 and 1, was " + q);
        }
        if (z < 0) {
            throw new IllegalArgumentException("confirmations z must be 0 or more, was " + z);
        }
        double p = 1 - q;
        if (q >= p) {
            return 1.0;
        }
        double lambda = z * (q / p);
        double poisson = Math.exp(-lambda);
        double sum = 1.0;
        for (int k = 0; k <= z; k++) {
            if (k > 0) {
                poisson *= lambda / k;
            }
            sum -= poisson * (1 - Math.pow(q / p, z - k));
        }
        return sum;
        // END SOLUTION
    }
}

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
        throw new UnsupportedOperationException("exercise pow.attacker-success: not written yet — see the hints above");
    }
}

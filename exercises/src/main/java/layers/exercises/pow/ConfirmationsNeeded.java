package layers.exercises.pow;

/**
 * How many confirmations a merchant should wait for: the whitepaper's "Solving for P less than 0.1%" (Nakamoto,
 * 2008, section 11), for any risk.
 */
public interface ConfirmationsNeeded {

    /**
     * The smallest {@code z} for which the whitepaper's attacker success probability (section 11; the library's
     * {@code AttackerSuccess.probability(q, z)}) is below {@code risk}: {@code P(q, z) < risk}.
     *
     * @throws IllegalArgumentException if {@code q} is not in [0, 0.5) (from 0.5 on, no number of confirmations is
     *                                  enough), or {@code risk} is not strictly between 0 and 1
     */
    int confirmationsFor(double q, double risk);
}

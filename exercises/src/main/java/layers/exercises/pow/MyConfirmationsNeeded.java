package layers.exercises.pow;

import layers.l1.pow.AttackerSuccess;

/**
 * Exercise {@code pow.confirmations-needed}: the fewest confirmations that push the whitepaper's attacker success
 * probability below a risk. Write {@link #confirmationsFor}, then grade it:
 * {@code ./course grade pow.confirmations-needed}.
 *
 * <p>Hints:
 * <ol>
 *   <li>Reject the arguments that have no answer before you search: a loop for {@code q = 0.5} never ends, because
 *       the probability stays 1.</li>
 *   <li>{@code AttackerSuccess.probability(q, z)} is the whitepaper's formula (your {@code pow.attacker-success}
 *       gives the same numbers).</li>
 *   <li>Count up from {@code z = 0} while {@code probability(q, z) >= risk}. Mind the strict "below": the answer is
 *       the first {@code z} with {@code P < risk}.</li>
 * </ol>
 */
public class MyConfirmationsNeeded implements ConfirmationsNeeded {

    @Override
    public int confirmationsFor(double q, double risk) {
        throw new UnsupportedOperationException("exercise pow.confirmations-needed: not written yet — see the hints above");
    }
}

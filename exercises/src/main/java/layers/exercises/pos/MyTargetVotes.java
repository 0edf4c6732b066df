package layers.exercises.pos;

import java.util.Set;
import layers.l1.pos.Gwei;

/**
 * Exercise {@code pos.justified}: the stake behind a target, and whether it is two thirds of all the stake. Write
 * {@link #attestingBalance} and {@link #isJustified}, then grade them: {@code ./course grade pos.justified}.
 *
 * <p>Hints:
 * <ol>
 *   <li>Start from {@code Gwei.ZERO} and add with {@code plus}. Check each attester's index against
 *       {@code effectiveBalances.length} before you read the array, and skip an attester that
 *       {@code slashed.contains(...)}.</li>
 *   <li>Compare products, never a ratio: {@code 2.0 / 3} is not two thirds, and a {@code double} cannot even hold
 *       every balance in Gwei once the stake passes 9 million ETH (2^53 Gwei).</li>
 *   <li>{@code Math.multiplyExact(attestingBalance.value(), 3) >= Math.multiplyExact(totalActiveBalance.value(), 2)}:
 *       {@code multiplyExact} throws {@code ArithmeticException} where {@code *} would wrap around.</li>
 * </ol>
 */
public class MyTargetVotes implements TargetVotes {

    @Override
    public Gwei attestingBalance(Gwei[] effectiveBalances, Set<Integer> attesters, Set<Integer> slashed) {
        throw new UnsupportedOperationException("exercise pos.justified: not written yet — see the hints above");
    }

    @Override
    public boolean isJustified(Gwei attestingBalance, Gwei totalActiveBalance) {
        throw new UnsupportedOperationException("exercise pos.justified: not written yet — see the hints above");
    }
}

package layers.exercises.pos;

import layers.l1.pos.Gwei;
import layers.l1.pos.SpecConstants;

/**
 * Exercise {@code pos.slashing-penalty}: the initial and the correlation penalty of a slashed validator. Write
 * {@link #slashingPenalty} and {@link #correlationPenalty}, then grade them:
 * {@code ./course grade pos.slashing-penalty}.
 *
 * <p>Hints:
 * <ol>
 *   <li>The constants are in {@code SpecConstants}: {@code MIN_SLASHING_PENALTY_QUOTIENT_BELLATRIX},
 *       {@code PROPORTIONAL_SLASHING_MULTIPLIER_BELLATRIX}, {@code EFFECTIVE_BALANCE_INCREMENT}. {@code Gwei} has
 *       {@code dividedBy} (rounds down), {@code times} and {@code min}.</li>
 *   <li>Divide the effective balance by the increment <em>first</em>: 32 ETH is 32 increments. Multiplying the
 *       balance in Gwei by the adjusted balance in Gwei overflows a {@code long} (32·10^9 × 960·10^9 is about
 *       3·10^22), and it would round in the wrong place: 10 of 100 validators slashed together cost 9 ETH each, not
 *       9.6.</li>
 *   <li>{@code increments * adjusted.value() / total.value() * EFFECTIVE_BALANCE_INCREMENT}, with
 *       {@code increments = effectiveBalance.value() / EFFECTIVE_BALANCE_INCREMENT}; use
 *       {@code Math.multiplyExact} for the first product.</li>
 * </ol>
 */
public class MySlashingPenalty implements SlashingPenalty {

    @Override
    public Gwei slashingPenalty(Gwei effectiveBalance) {
        throw new UnsupportedOperationException("exercise pos.slashing-penalty: not written yet — see the hints above");
    }

    @Override
    public Gwei correlationPenalty(Gwei effectiveBalance, Gwei slashedInWindow, Gwei totalActiveBalance) {
        throw new UnsupportedOperationException("exercise pos.slashing-penalty: not written yet — see the hints above");
    }
}

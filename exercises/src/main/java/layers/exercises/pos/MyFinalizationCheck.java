package layers.exercises.pos;

import java.util.Optional;
import layers.l1.pos.Checkpoint;
import layers.l1.pos.Epoch;
import layers.l1.pos.JustificationBits;

/**
 * Exercise {@code pos.finalize}: which checkpoint the four rules of Casper FFG finalize. Write
 * {@link #newlyFinalized}, then grade it: {@code ./course grade pos.finalize}.
 *
 * <p>Hints:
 * <ol>
 *   <li>{@code bits.all(1, 4)} is Python's {@code all(bits[1:4])}: bits 1, 2 and 3 are set. {@code bits.get(i)}
 *       reads one bit.</li>
 *   <li>"Is 3 epochs before" is {@code checkpoint.epoch().plus(3).equals(currentEpoch)}: an exact distance, not
 *       "at least".</li>
 *   <li>Keep a {@code Optional<Checkpoint> finalized = Optional.empty()} and test the rules in the order 234, 23,
 *       123, 12, each one replacing {@code finalized} when it applies: then the last rule that applies wins, as in
 *       the specification.</li>
 * </ol>
 */
public class MyFinalizationCheck implements FinalizationCheck {

    @Override
    public Optional<Checkpoint> newlyFinalized(JustificationBits bits, Checkpoint oldPreviousJustified,
                                               Checkpoint oldCurrentJustified, Epoch currentEpoch) {
        throw new UnsupportedOperationException("exercise pos.finalize: not written yet — see the hints above");
    }
}

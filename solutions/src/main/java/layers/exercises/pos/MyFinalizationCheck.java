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
        // BEGIN SOLUTION pos.finalize
        Optional<Checkpoint> finalized = Optional.empty();
        // rule 234: the three epochs before this one are justified, a chain from 3 epochs back
        if (bits.all(1, 4) && oldPreviousJustified.epoch().plus(3).equals(currentEpoch)) {
            finalized = Optional.of(oldPreviousJustified);
        }
        // rule 23: the two epochs before this one are justified, a chain from 2 epochs back
        if (bits.all(1, 3) && oldPreviousJustified.epoch().plus(2).equals(currentEpoch)) {
            finalized = Optional.of(oldPreviousJustified);
        }
        // rule 123: this epoch and the two before are justified, a chain from 2 epochs back
        if (bits.all(0, 3) && oldCurrentJustified.epoch().plus(2).equals(currentEpoch)) {
            finalized = Optional.of(oldCurrentJustified);
        }
        // rule 12, the usual case: this epoch and the one before are justified, a link from 1 epoch back
        if (bits.all(0, 2) && oldCurrentJustified.epoch().plus(1).equals(currentEpoch)) {
            finalized = Optional.of(oldCurrentJustified);
        }
        return finalized;
        // END SOLUTION
    }
}

package layers.l2.optimistic;

import layers.l1.crypto.Hash;

import java.util.Optional;

/** How a challenger plays: which part of a dissection to dispute, and the one-step proof at the end. */
public interface ChallengerStrategy {

    /** A choice: part {@code index}, claiming {@code claimAtEnd} at its end. */
    record Choice(int index, Hash claimAtEnd) {
    }

    /** The next choice, or nothing (it stays silent). */
    Optional<Choice> choose(DisputeGame game);

    /** The one-step proof of the disputed step, or nothing. */
    Optional<OneStepProof> prove(DisputeGame game);

    /**
     * Plays by {@code trace}: disputes the first part whose end differs from its own commitment there, and proves the
     * step from its own state. With the true trace this is the honest challenger.
     */
    static ChallengerStrategy of(ExecutionTrace trace) {
        return new ChallengerStrategy() {
            @Override
            public Optional<Choice> choose(DisputeGame game) {
                for (int k = 0; k < game.cutPositions().size() - 1; k++) {
                    Hash mine = trace.commitment(game.cutPositions().get(k + 1));
                    if (!mine.equals(game.cutPoints().get(k + 1))) {
                        return Optional.of(new Choice(k, mine));
                    }
                }
                return Optional.empty();
            }

            @Override
            public Optional<OneStepProof> prove(DisputeGame game) {
                return Optional.of(trace.oneStepProof(game.segmentStart()));
            }
        };
    }
}

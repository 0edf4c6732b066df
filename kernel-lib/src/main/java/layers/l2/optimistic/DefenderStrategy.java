package layers.l2.optimistic;

import layers.l1.crypto.Hash;

import java.util.List;
import java.util.Optional;

/** How a defender answers: the commitments of its dissection of the current segment, or nothing (it stays silent). */
@FunctionalInterface
public interface DefenderStrategy {

    Optional<List<Hash>> dissect(DisputeGame game);

    /** Defends {@code trace}: posts its commitments. The true trace's owner is the honest defender. */
    static DefenderStrategy of(ExecutionTrace trace) {
        return game -> Optional.of(trace.commitments(game.positionsToDissect()));
    }
}

package layers.l2.optimistic;

import layers.core.Verdict;
import layers.l1.network.SimTime;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Plays a {@link DisputeGame} to the end between two strategies: each move takes {@code moveTime} of simulated time;
 * a party whose move is rejected may try again, up to {@code attempts} times per turn; a party that does not move
 * (or keeps being rejected) is timed out once its clock has run down.
 */
public final class DisputeRunner {

    private DisputeRunner() {
    }

    /** Plays {@code game} from {@code start}; returns the time it was decided. */
    public static SimTime play(DisputeGame game, DefenderStrategy defender, ChallengerStrategy challenger,
                               SimTime start, SimTime moveTime, int attempts) {
        Objects.requireNonNull(game, "game");
        if (attempts < 1) {
            throw new IllegalArgumentException("a party has at least one attempt per turn, not " + attempts);
        }
        SimTime now = start;
        while (game.phase() != DisputeGame.Phase.DECIDED) {
            DisputeGame.Party mover = game.toMove().orElseThrow();
            boolean moved = false;
            for (int attempt = 0; attempt < attempts && !moved; attempt++) {
                now = now.plus(moveTime);
                Verdict v = move(game, mover, defender, challenger, now);
                if (v == null) {
                    break;
                }
                moved = v.isValid();
            }
            if (!moved) {
                now = now.plus(game.timeLeft(mover)).plus(SimTime.ofSeconds(1));
                game.claimTimeout(now);
            }
        }
        return now;
    }

    /** The mover's move, or null if its strategy has none. */
    private static Verdict move(DisputeGame game, DisputeGame.Party mover, DefenderStrategy defender,
                                ChallengerStrategy challenger, SimTime now) {
        switch (game.phase()) {
            case DISSECT -> {
                Optional<List<layers.l1.crypto.Hash>> points = defender.dissect(game);
                return points.map(p -> game.dissect(mover, p, now)).orElse(null);
            }
            case CHOOSE -> {
                Optional<ChallengerStrategy.Choice> c = challenger.choose(game);
                return c.map(x -> game.choose(mover, x.index(), x.claimAtEnd(), now)).orElse(null);
            }
            case ONE_STEP -> {
                Optional<OneStepProof> p = challenger.prove(game);
                return p.map(x -> game.proveOneStep(mover, x, now)).orElse(null);
            }
            default -> {
                return null;
            }
        }
    }
}

package layers.l2.rollup;

import layers.l1.network.SimTime;

import java.util.Objects;

/**
 * When a posted state commitment may be used to pay out withdrawals on L1. An optimistic rollup waits out a
 * challenge window ({@link #afterDelay}); a validity (ZK) rollup's inbox accepts a root only with a verified proof, so
 * the root is final once posted ({@link #onPosting}). The optimistic rollup's dispute logic can supply its own policy
 * (e.g. "the window has passed and no challenge is open").
 */
public interface FinalizationPolicy {

    /** Whether {@code commitment} is final at {@code now}. */
    boolean isFinal(StateCommitment commitment, SimTime now);

    /** The earliest time the commitment could be final, for messages; {@code null} if it depends on more than time. */
    SimTime finalAt(StateCommitment commitment);

    /** In words, for tables and rejections. */
    String describe();

    /** Final {@code window} after it was posted on L1: an optimistic rollup's challenge period. */
    static FinalizationPolicy afterDelay(SimTime window) {
        Objects.requireNonNull(window, "window");
        return new FinalizationPolicy() {
            @Override
            public boolean isFinal(StateCommitment c, SimTime now) {
                return !now.isBefore(finalAt(c));
            }

            @Override
            public SimTime finalAt(StateCommitment c) {
                return c.postedAt().plus(window);
            }

            @Override
            public String describe() {
                return "final " + RollupConfig.humanDuration(window) + " after posting";
            }
        };
    }

    /** Final as soon as posted: the root came with a validity proof the L1 contract checked. */
    static FinalizationPolicy onPosting() {
        return new FinalizationPolicy() {
            @Override
            public boolean isFinal(StateCommitment c, SimTime now) {
                return !now.isBefore(c.postedAt());
            }

            @Override
            public SimTime finalAt(StateCommitment c) {
                return c.postedAt();
            }

            @Override
            public String describe() {
                return "final on posting (with a validity proof)";
            }
        };
    }
}

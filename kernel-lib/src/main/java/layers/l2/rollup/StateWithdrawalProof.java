package layers.l2.rollup;

import java.util.Objects;

/**
 * What a user brings to L1 to claim a withdrawal from a rollup that keeps its withdrawals in its state: the
 * withdrawal, a proof of its {@code sentMessages} entry ({@link L2Withdrawal#sentMessageKey()} = 1) against the state
 * root, the parts of the output root, and which posted commitment to check them against. The L1 bridge checks it
 * ({@link RollupInbox#finalizeWithdrawal(StateWithdrawalProof, layers.l1.network.SimTime)}) and never reads the
 * output root's withdrawals root.
 */
public record StateWithdrawalProof(int commitmentIndex, L2Withdrawal withdrawal, StateEntryProof sentMessage,
                                   OutputRoot outputRoot) {

    public StateWithdrawalProof {
        Objects.requireNonNull(withdrawal, "withdrawal");
        Objects.requireNonNull(sentMessage, "sentMessage");
        Objects.requireNonNull(outputRoot, "outputRoot");
    }
}

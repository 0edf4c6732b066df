package layers.l2.rollup;

import layers.l1.merkle.MerkleProof;

import java.util.Objects;

/**
 * What a user brings to L1 to claim a withdrawal: the withdrawal, its Merkle path in the withdrawals tree, the two
 * roots that make up the output root, and which posted commitment to check them against. Anyone can build it from
 * L1 data alone ({@link ExitHatch}); the L1 bridge checks it ({@link RollupInbox#finalizeWithdrawal}).
 */
public record WithdrawalProof(int commitmentIndex, L2Withdrawal withdrawal, MerkleProof path, OutputRoot outputRoot) {

    public WithdrawalProof {
        Objects.requireNonNull(withdrawal, "withdrawal");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(outputRoot, "outputRoot");
    }
}

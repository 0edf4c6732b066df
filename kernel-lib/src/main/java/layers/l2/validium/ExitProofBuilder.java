package layers.l2.validium;

import layers.core.Verdict;
import layers.l1.crypto.Sha256;
import layers.l1.merkle.MerkleTree;
import layers.l2.zk.rollup.ZkBatch;
import layers.l2.zk.rollup.ZkRollupState;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a user must do to leave a frozen chain on their own: rebuild the current state from the genesis state and
 * every batch's data (read from L1 for a rollup, asked of the committee for a validium), check each step against the
 * root the contract recorded, and then prove their own leaf. A rollup's users can always do it, because L1 keeps the
 * data; a validium's cannot once every committee member withholds, however good the proofs were.
 */
public final class ExitProofBuilder {

    private ExitProofBuilder() {
    }

    /**
     * The exit proof, or why it cannot be built.
     *
     * @param claim   the claim, present when {@code verdict} is valid
     * @param verdict valid, or {@link ValidiumRule#DATA_WITHHELD} / {@link ValidiumRule#DATA_MISMATCH} /
     *                {@link ValidiumRule#STATE_MISMATCH} naming the batch
     */
    public record Attempt(Optional<ExitClaim> claim, Verdict verdict) {
    }

    /**
     * Rebuilds the state of {@code contract}'s chain and proves {@code account}'s leaf.
     *
     * @throws IllegalArgumentException if the account is not in the chain's state
     */
    public static Attempt build(ZkChainContract contract, int account) {
        ZkRollupState state = contract.genesis();
        if (account < 0 || account >= state.accountCount()) {
            throw new IllegalArgumentException("account " + account + " is not in 0.." + (state.accountCount() - 1));
        }
        for (BatchRecord b : contract.batches()) {
            Optional<byte[]> data = b.mode().dataOnL1() ? Optional.of(b.postedData())
                    : contract.committee().orElseThrow().retrieve(b.dataHash());
            if (data.isEmpty()) {
                return failed(ValidiumRule.DATA_WITHHELD, "batch " + b.number() + "'s data (hash "
                        + b.dataHash().toHex().substring(0, 16) + "…) is served by none of the "
                        + contract.committee().orElseThrow().members().size() + " committee members");
            }
            if (!Sha256.hash(data.get()).equals(b.dataHash())) {
                return failed(ValidiumRule.DATA_MISMATCH, "batch " + b.number());
            }
            state = state.apply(ZkBatch.fromBytes(data.get()));
            if (!state.root().equals(b.stateRoot())) {
                return failed(ValidiumRule.STATE_MISMATCH, "batch " + b.number());
            }
        }
        List<byte[]> leaves = new ArrayList<>();
        for (int a = 0; a < state.accountCount(); a++) {
            leaves.add(ByteBuffer.allocate(20).putInt(a).putLong(state.balance(a)).putLong(state.nonce(a)).array());
        }
        ExitClaim claim = new ExitClaim(account, state.balance(account), state.nonce(account),
                MerkleTree.of(leaves).proof(account));
        return new Attempt(Optional.of(claim), Verdict.valid());
    }

    private static Attempt failed(ValidiumRule rule, String detail) {
        return new Attempt(Optional.empty(), Verdict.rejected(rule, detail));
    }
}

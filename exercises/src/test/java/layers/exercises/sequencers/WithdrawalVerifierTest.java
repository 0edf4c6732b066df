package layers.exercises.sequencers;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import layers.grading.GradedExercise;
import layers.grading.Implementation;
import layers.grading.Points;
import layers.l1.crypto.Hash;
import layers.l1.fees.Wei;
import layers.l1.merkle.MerkleProof;
import layers.l1.merkle.MerkleTree;
import layers.l2.rollup.L2Withdrawal;
import layers.l2.rollup.OutputRoot;
import layers.l2.rollup.RollupChain;
import layers.l2.rollup.StateCommitment;
import layers.l2.rollup.WithdrawalProof;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@GradedExercise(
        id = "sequencers.withdrawal-proof",
        title = "Verify a withdrawal proof against a posted output root",
        contract = WithdrawalVerifier.class,
        statement = """
                To pay a withdrawal on L1, the bridge checks two hashes. First, the proof's three roots must hash \
                to the posted output root: `keccak256(32 zero bytes ‖ stateRoot ‖ withdrawalsRoot ‖ \
                latestBlockHash)` (the OP Stack's output root, version 0). Second, the Merkle path must lead from \
                the withdrawal's leaf to the withdrawals root: start from `MerkleTree.leafHash(withdrawal.leaf())` \
                and hash each sibling on its side with `MerkleTree.nodeHash`. Write `verify(proof, \
                postedOutputRoot)`: `true` only if both hold.""",
        hints = {
            "Concatenate 128 bytes (a `ByteBuffer` helps): 32 zero bytes, then the three roots' `bytes()`.",
            "For a `LEFT` sibling the node is `nodeHash(sibling, node)`, for `RIGHT` it is `nodeHash(node, sibling)`.",
            "Both comparisons must hold: the output root, and the end of the path against `withdrawalsRoot()`."
        })
class WithdrawalVerifierTest {

    private final WithdrawalVerifier verifier = Implementation.of(WithdrawalVerifier.class);
    private final SequencerFixtures.Rollup rollup = SequencerFixtures.history();
    private final RollupChain chain = rollup.sequencer.head();
    private final StateCommitment commitment = rollup.inbox.latestCommitment().orElseThrow();

    private WithdrawalProof proof(int withdrawal) {
        return chain.proveWithdrawal(withdrawal, commitment.l2Block(), commitment.index());
    }

    @Test
    @Points(2)
    @DisplayName("each honest withdrawal proof verifies against the posted root")
    void honest() {
        for (int i = 0; i < 3; i++) {
            assertTrue(verifier.verify(proof(i), commitment.outputRoot()), "withdrawal " + i + "'s proof");
        }
    }

    @Test
    @Points(2)
    @DisplayName("a withdrawal with a changed amount or account is refused")
    void changedWithdrawal() {
        WithdrawalProof p = proof(0);
        L2Withdrawal w = p.withdrawal();
        L2Withdrawal more = new L2Withdrawal(w.index(), w.account(), Wei.ether(1_000), w.l2Block());
        L2Withdrawal other = new L2Withdrawal(w.index(), SequencerFixtures.CAROL, w.amount(), w.l2Block());
        assertFalse(verifier.verify(new WithdrawalProof(p.commitmentIndex(), more, p.path(), p.outputRoot()),
                commitment.outputRoot()), "withdrawal 0 with 1000 ether");
        assertFalse(verifier.verify(new WithdrawalProof(p.commitmentIndex(), other, p.path(), p.outputRoot()),
                commitment.outputRoot()), "withdrawal 0 paid to Carol");
    }

    @Test
    @Points(1)
    @DisplayName("a proof checked against another root is refused")
    void otherRoot() {
        assertFalse(verifier.verify(proof(0), Hash.ZERO), "against the zero hash");
    }
}

package layers.exercises.sequencers;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import layers.grading.GradedExercise;
import layers.grading.Hidden;
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

    @Test
    @Hidden
    @Points(2)
    @DisplayName("a forged withdrawals tree with its own root is refused: the output root does not match")
    void forgedTree() {
        WithdrawalProof p = proof(0);
        L2Withdrawal loot = new L2Withdrawal(0, SequencerFixtures.CAROL, Wei.ether(1_000), p.withdrawal().l2Block());
        List<byte[]> leaves = new ArrayList<>(List.of(loot.leaf(), loot.leaf()));
        MerkleTree forged = MerkleTree.of(leaves);
        OutputRoot roots = new OutputRoot(p.outputRoot().stateRoot(), forged.root(), p.outputRoot().latestBlockHash());
        assertFalse(verifier.verify(new WithdrawalProof(p.commitmentIndex(), loot, forged.proof(0), roots),
                commitment.outputRoot()), "a path that is right for a forged withdrawals root");
        assertTrue(verifier.verify(new WithdrawalProof(p.commitmentIndex(), loot, forged.proof(0), roots), roots.hash()),
                "the same forged proof against its own (never posted) root");
    }

    @Test
    @Hidden
    @Points(2)
    @DisplayName("a changed sibling, state root or block hash is refused")
    void changedParts() {
        WithdrawalProof p = proof(1);
        List<MerkleProof.Step> path = new ArrayList<>(p.path().path());
        path.set(0, new MerkleProof.Step(Hash.ZERO, path.get(0).side()));
        MerkleProof bad = MerkleProof.of(p.path().leafIndex(), p.path().leafCount(), path);
        assertFalse(verifier.verify(new WithdrawalProof(p.commitmentIndex(), p.withdrawal(), bad, p.outputRoot()),
                commitment.outputRoot()), "a zeroed sibling");
        OutputRoot r = p.outputRoot();
        assertFalse(verifier.verify(new WithdrawalProof(p.commitmentIndex(), p.withdrawal(), p.path(),
                new OutputRoot(Hash.ZERO, r.withdrawalsRoot(), r.latestBlockHash())), commitment.outputRoot()),
                "a zero state root");
        assertFalse(verifier.verify(new WithdrawalProof(p.commitmentIndex(), p.withdrawal(), p.path(),
                new OutputRoot(r.stateRoot(), r.withdrawalsRoot(), Hash.ZERO)), commitment.outputRoot()),
                "a zero block hash");
        assertFalse(verifier.verify(new WithdrawalProof(p.commitmentIndex(), p.withdrawal(), proof(2).path(),
                p.outputRoot()), commitment.outputRoot()), "withdrawal 1 with withdrawal 2's path");
    }
}

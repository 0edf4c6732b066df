package layers.l2.optimistic;

import layers.l1.crypto.Hash;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import static layers.l2.optimistic.OptimisticFixtures.BATCH;
import static layers.l2.optimistic.OptimisticFixtures.CONTEXT;
import static layers.l2.optimistic.OptimisticFixtures.HONEST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OneStepVerifierTest {

    private static OneStepResult verify(OneStepProof proof, long step) {
        return OneStepVerifier.verify(proof, step, HONEST.commitment(step), BATCH, CONTEXT);
    }

    @Test
    void everyHonestStepReExecutesToTheNextCommitment() {
        for (long step = 0; step < BATCH.length(); step++) {
            OneStepResult r = verify(HONEST.oneStepProof(step), step);
            assertTrue(r.isValid(), "step " + step + ": " + r.verdict());
            assertEquals(HONEST.commitment(step + 1), r.postCommitment().orElseThrow(), "after step " + step);
        }
    }

    @Test
    void aWrongSiblingIsRejected() {
        OneStepProof honest = HONEST.oneStepProof(20);
        SparseProof e = honest.entries().get(1);
        OneStepResult r = verify(honest.withEntry(1, e.withSibling(250, Hash.fromHex("ab".repeat(32)))), 20);
        assertTrue(r.verdict().isRejectedFor(DisputeRule.ENTRY_NOT_IN_PRE_STATE), r.verdict().toString());
        assertTrue(r.verdict().detail().orElseThrow().startsWith("entry 1"), r.verdict().toString());
    }

    @Test
    void aWrongPreStateValueIsRejected() {
        OneStepProof honest = HONEST.oneStepProof(20);
        SparseProof balance = honest.entries().get(1); // the sender's balance
        OneStepResult r = verify(honest.withEntry(1, balance.withValue(balance.value().add(BigInteger.TEN.pow(18)))),
                20);
        assertTrue(r.verdict().isRejectedFor(DisputeRule.ENTRY_NOT_IN_PRE_STATE), r.verdict().toString());
    }

    @Test
    void aProofOfAnotherStepIsRejected() {
        OneStepResult r = verify(HONEST.oneStepProof(20).withStep(21), 20);
        assertTrue(r.verdict().isRejectedFor(DisputeRule.WRONG_STEP), r.verdict().toString());
        OneStepResult shifted = OneStepVerifier.verify(HONEST.oneStepProof(21).withStep(20), 20,
                HONEST.commitment(20), BATCH, CONTEXT);
        assertTrue(!shifted.isValid(), "step 21's entries, relabelled as step 20's, are not proven at step 20: "
                + shifted.verdict());
    }

    @Test
    void aProofMissingAnEntryIsRejected() {
        OneStepProof honest = HONEST.oneStepProof(30);
        List<SparseProof> fewer = new ArrayList<>(honest.entries());
        SparseProof dropped = fewer.remove(fewer.size() - 1);
        OneStepResult r = verify(new OneStepProof(30, fewer), 30);
        assertTrue(r.verdict().isRejectedFor(DisputeRule.MISSING_ENTRY), r.verdict().toString());
        assertTrue(r.verdict().detail().orElseThrow().contains(dropped.key().toString()), r.verdict().toString());
    }

    @Test
    void aProofWithAnEntryTwiceIsRejected() {
        OneStepProof honest = HONEST.oneStepProof(30);
        List<SparseProof> twice = new ArrayList<>(honest.entries());
        twice.add(twice.get(0));
        OneStepResult r = verify(new OneStepProof(30, twice), 30);
        assertTrue(r.verdict().isRejectedFor(DisputeRule.DUPLICATE_ENTRY), r.verdict().toString());
    }

    @Test
    void aProofAgainstTheWrongPreStateIsRejected() {
        ExecutionTrace fraud = OptimisticFixtures.faulty(new TraceFault.ExtraMint(10, OptimisticFixtures.MALLORY,
                BigInteger.TEN.pow(20)));
        OneStepResult r = verify(fraud.oneStepProof(40), 40); // the fraudulent state, against the true commitment
        assertTrue(r.verdict().isRejectedFor(DisputeRule.ENTRY_NOT_IN_PRE_STATE), r.verdict().toString());
    }
}

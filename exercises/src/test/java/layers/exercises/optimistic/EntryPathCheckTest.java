package layers.exercises.optimistic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Random;
import java.util.TreeMap;
import layers.grading.GradedExercise;
import layers.grading.Implementation;
import layers.grading.Points;
import layers.l1.crypto.Hash;
import layers.l1.execution.StateKey;
import layers.l1.execution.StateKey.Field;
import layers.l2.optimistic.SparseProof;
import layers.l2.optimistic.SparseStateTree;
import layers.l2.optimistic.TraceWorkloads;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@GradedExercise(
        id = "optimistic.path",
        title = "Verify a state entry of a one-step proof",
        contract = EntryPathCheck.class,
        statement = """
                A one-step proof carries, for every state entry the disputed step touches, the entry's value and \
                the 256 siblings on its path in the rollup's sparse Merkle tree. Write `computeRoot`, which \
                recomputes the root from the leaf (the entry's leaf hash, or 32 zero bytes for an absent entry, value \
                zero) up through the siblings from depth 255 to depth 0, and `verify`, which compares it with a \
                root. This is the check that stops a tampered value or sibling.""",
        hints = {
            "The path is `SparseStateTree.path(key)`; the bit at depth d is `(path[d / 8] >>> (7 - d % 8)) & 1`.",
            "The leaf is `MerkleTree.leafHash(EntryProof.leaf(key, value))`, or `Hash.ZERO` for value zero.",
            "Up from d = 255 to 0: bit 1 means `nodeHash(sibling, node)`, bit 0 `nodeHash(node, sibling)`."
        })
class EntryPathCheckTest {

    private final EntryPathCheck check = Implementation.of(EntryPathCheck.class);

    private static TreeMap<StateKey, BigInteger> state(int n, long seed) {
        Random r = new Random(seed);
        var accounts = TraceWorkloads.accounts(n);
        TreeMap<StateKey, BigInteger> s = new TreeMap<>();
        for (var a : accounts) {
            s.put(StateKey.of(a, Field.BALANCE), BigInteger.valueOf(1 + r.nextInt(1_000_000)));
            if (r.nextBoolean()) {
                s.put(StateKey.of(a, Field.NONCE), BigInteger.valueOf(1 + r.nextInt(50)));
            }
        }
        return s;
    }

    @Test
    @Points(2)
    @DisplayName("every entry of a 20-account state leads to the root")
    void presentEntries() {
        var s = state(20, 1);
        SparseStateTree tree = SparseStateTree.of(s);
        for (var e : s.entrySet()) {
            SparseProof p = tree.prove(e.getKey(), e.getValue());
            assertEquals(tree.root(), check.computeRoot(p), "the path of " + e.getKey());
            assertTrue(check.verify(p, tree.root()), "verify " + e.getKey());
        }
    }

    @Test
    @Points(1)
    @DisplayName("an absent entry (value zero) starts from an empty leaf")
    void absentEntry() {
        var s = state(8, 2);
        SparseStateTree tree = SparseStateTree.of(s);
        StateKey absent = StateKey.of(TraceWorkloads.accounts(30).get(29), Field.BALANCE);
        assertTrue(check.verify(tree.prove(absent, BigInteger.ZERO), tree.root()), "absence of " + absent);
    }

    @Test
    @Points(2)
    @DisplayName("a wrong value or a wrong sibling does not verify")
    void tampered() {
        var s = state(10, 3);
        SparseStateTree tree = SparseStateTree.of(s);
        var first = s.firstEntry();
        SparseProof p = tree.prove(first.getKey(), first.getValue());
        assertFalse(check.verify(p.withValue(first.getValue().add(BigInteger.ONE)), tree.root()), "value + 1");
        assertFalse(check.verify(p.withSibling(200, Hash.fromHex("42".repeat(32))), tree.root()), "sibling 200");
        assertFalse(check.verify(p.withValue(BigInteger.ZERO), tree.root()), "a present entry claimed absent");
    }
}

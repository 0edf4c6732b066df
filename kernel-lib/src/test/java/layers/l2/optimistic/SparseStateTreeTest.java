package layers.l2.optimistic;

import layers.core.Verdict;
import layers.l1.crypto.Hash;
import layers.l1.execution.StateKey;
import layers.l1.execution.StateKey.Field;
import layers.l1.network.SimRandom;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static layers.l2.optimistic.OptimisticFixtures.ACCOUNTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SparseStateTreeTest {

    private static TreeMap<StateKey, BigInteger> state(int n, long seed) {
        SimRandom r = new SimRandom(seed);
        TreeMap<StateKey, BigInteger> s = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            s.put(key(i), BigInteger.valueOf(1 + r.nextInt(1_000_000)));
        }
        return s;
    }

    private static StateKey key(int i) {
        return StateKey.of(TraceWorkloads.accounts(2 + i / 10).get(i / 10 + 1 - 0), Field.values()[i % 10]);
    }

    @Test
    void anEmptyTreeHasTheEmptyRootAndAnyOrderGivesTheSameRoot() {
        assertEquals(SparseStateTree.emptySubtree(256), SparseStateTree.rootOf(Map.of()));
        TreeMap<StateKey, BigInteger> s = state(30, 1);
        Map<StateKey, BigInteger> shuffled = new java.util.HashMap<>(s);
        assertEquals(SparseStateTree.rootOf(s), SparseStateTree.rootOf(shuffled));
        s.put(key(0), s.get(key(0)).add(BigInteger.ONE));
        assertNotEquals(SparseStateTree.rootOf(shuffled), SparseStateTree.rootOf(s), "a changed value changes the root");
    }

    @Test
    void zeroValuesAreAbsent() {
        TreeMap<StateKey, BigInteger> s = state(10, 2);
        Hash root = SparseStateTree.rootOf(s);
        s.put(key(99), BigInteger.ZERO);
        assertEquals(root, SparseStateTree.rootOf(s));
    }

    @Test
    void presenceAndAbsenceProofsVerify() {
        TreeMap<StateKey, BigInteger> s = state(40, 3);
        SparseStateTree tree = SparseStateTree.of(s);
        Hash root = tree.root();
        for (StateKey k : s.keySet()) {
            SparseProof p = tree.prove(k, s.get(k));
            assertTrue(p.verify(root).isValid(), k.toString());
            assertTrue(p.nonEmptySiblings() <= 12, "about log2(40) non-empty siblings, got " + p.nonEmptySiblings());
        }
        StateKey absent = key(77);
        assertTrue(tree.prove(absent, BigInteger.ZERO).verify(root).isValid(), "absence of " + absent);
    }

    @Test
    void tamperedProofsAreRejected() {
        TreeMap<StateKey, BigInteger> s = state(40, 4);
        SparseStateTree tree = SparseStateTree.of(s);
        Hash root = tree.root();
        StateKey k = s.firstKey();
        SparseProof honest = tree.prove(k, s.get(k));
        Verdict wrongValue = honest.withValue(s.get(k).add(BigInteger.ONE)).verify(root);
        assertTrue(wrongValue.isRejectedFor(DisputeRule.ENTRY_NOT_IN_PRE_STATE), wrongValue.toString());
        for (int depth : new int[] {0, 3, 100, 255}) {
            Verdict v = honest.withSibling(depth, Hash.fromHex("11".repeat(32))).verify(root);
            assertTrue(v.isRejectedFor(DisputeRule.ENTRY_NOT_IN_PRE_STATE), "sibling " + depth + ": " + v);
        }
        Verdict falseAbsence = honest.withValue(BigInteger.ZERO).verify(root);
        assertTrue(falseAbsence.isRejectedFor(DisputeRule.ENTRY_NOT_IN_PRE_STATE), "a present key claimed absent");
        SparseProof absent = tree.prove(key(88), BigInteger.ZERO);
        assertTrue(absent.withValue(BigInteger.TEN).verify(root).isRejectedFor(DisputeRule.ENTRY_NOT_IN_PRE_STATE),
                "an absent key claimed present");
    }

    @Test
    void aPartialTreeUpdatesTheRootAsAFullRecomputationWould() {
        SimRandom r = new SimRandom(5);
        for (int trial = 0; trial < 20; trial++) {
            TreeMap<StateKey, BigInteger> s = state(25, trial);
            SparseStateTree tree = SparseStateTree.of(s);
            List<StateKey> touched = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                touched.add(key(r.nextInt(40))); // some present, some absent: inserts and deletes
            }
            touched = new ArrayList<>(new java.util.LinkedHashSet<>(touched));
            List<SparseProof> proofs = new ArrayList<>();
            for (StateKey k : touched) {
                proofs.add(tree.prove(k, s.getOrDefault(k, BigInteger.ZERO)));
            }
            PartialStateTree partial = new PartialStateTree(proofs);
            assertEquals(tree.root(), partial.root(), "trial " + trial + " before updates");
            for (StateKey k : touched) {
                BigInteger v = r.nextInt(3) == 0 ? BigInteger.ZERO : BigInteger.valueOf(r.nextInt(1000));
                partial.update(k, v);
                if (v.signum() == 0) {
                    s.remove(k);
                } else {
                    s.put(k, v);
                }
            }
            assertEquals(SparseStateTree.rootOf(s), partial.root(), "trial " + trial + " after updating " + touched);
        }
    }

    @Test
    void aPartialTreeRefusesAnUnprovenKey() {
        TreeMap<StateKey, BigInteger> s = state(5, 6);
        SparseStateTree tree = SparseStateTree.of(s);
        PartialStateTree partial = new PartialStateTree(List.of(tree.prove(s.firstKey(), s.firstEntry().getValue())));
        StateKey other = StateKey.of(ACCOUNTS.get(0), Field.NONCE);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> partial.update(other, BigInteger.ONE));
        assertTrue(e.getMessage().contains("not among the proven entries"), e.getMessage());
    }
}

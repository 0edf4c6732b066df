package layers.l2.optimistic;

import layers.core.Verdict;
import layers.l1.crypto.Hash;
import layers.l1.execution.StateKey;
import layers.l2.rollup.StateEntryProof;

import java.math.BigInteger;
import java.util.List;
import java.util.Objects;

/**
 * A proof that the state with a given {@link SparseStateTree} root holds {@code value} at {@code key}, or that the key
 * is absent ({@code value} zero): the 256 sibling hashes on the key's path, from the root's children (depth 0) down to
 * the leaf's sibling (depth 255). Unlike Part III's sorted tree, this proves absence and lets a verifier recompute the
 * root after changing the entry.
 */
public record SparseProof(StateKey key, BigInteger value, List<Hash> siblings) implements StateEntryProof {

    public SparseProof {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        if (value.signum() < 0) {
            throw new IllegalArgumentException("state values are unsigned, " + key + " is " + value);
        }
        siblings = List.copyOf(siblings);
        if (siblings.size() != SparseStateTree.DEPTH) {
            throw new IllegalArgumentException("a sparse proof has " + SparseStateTree.DEPTH + " siblings, not "
                    + siblings.size());
        }
    }

    /** The root this proof leads to. */
    public Hash computedRoot() {
        return SparseStateTree.rootFromPath(key, value, siblings);
    }

    /** Whether this proof shows the entry (or its absence) under {@code root}. */
    @Override
    public Verdict verify(Hash root) {
        Hash computed = computedRoot();
        if (computed.equals(root)) {
            return Verdict.valid();
        }
        return Verdict.rejected(DisputeRule.ENTRY_NOT_IN_PRE_STATE, key + " = " + value + " leads to root "
                + computed.toHex().substring(0, 12) + "…, not " + root.toHex().substring(0, 12) + "…");
    }

    /** How many siblings are not the hash of an empty subtree: what a compressed proof would carry (about log2 n). */
    public int nonEmptySiblings() {
        int n = 0;
        for (int d = 0; d < SparseStateTree.DEPTH; d++) {
            if (!siblings.get(d).equals(SparseStateTree.emptySubtree(SparseStateTree.DEPTH - 1 - d))) {
                n++;
            }
        }
        return n;
    }

    /** The same proof with sibling {@code depth} replaced: for tests and notebooks that tamper with proofs. */
    public SparseProof withSibling(int depth, Hash sibling) {
        var copy = new java.util.ArrayList<>(siblings);
        copy.set(depth, sibling);
        return new SparseProof(key, value, copy);
    }

    /** The same proof claiming another value. */
    public SparseProof withValue(BigInteger other) {
        return new SparseProof(key, other, siblings);
    }

    @Override
    public String toString() {
        return "SparseProof(" + key + " = " + value + ", " + nonEmptySiblings() + " non-empty siblings)";
    }
}

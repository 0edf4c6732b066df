package layers.l2.zk.rollup;

import layers.core.Verdict;
import layers.l1.crypto.Hash;
import layers.l1.merkle.MerkleTree;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The rollup's state: a fixed number of accounts (a power of two, at most 64), each with a balance and a nonce, and
 * its state root, Part I's RFC 6962 Merkle root over the accounts (leaf i = index, balance, nonce as 4 + 8 + 8 bytes).
 * The total supply stays below 2^32, so every balance fits the 32-bit range check of the AIR. Immutable: applying a
 * transfer gives a new state.
 */
public final class ZkRollupState {

    /** The most accounts the rollup's AIR is built for (its trace has 4 columns per account). */
    public static final int MAX_ACCOUNTS = 64;

    private final long[] balances;
    private final long[] nonces;

    private ZkRollupState(long[] balances, long[] nonces) {
        this.balances = balances;
        this.nonces = nonces;
    }

    /**
     * A state with these balances and all nonces 0.
     *
     * @throws IllegalArgumentException if the number of accounts is not a power of two from 2 to 64, a balance is
     *                                  negative, or the total reaches 2^32
     */
    public static ZkRollupState genesis(long... balances) {
        return of(balances, new long[balances.length]);
    }

    /**
     * A state with these balances and nonces.
     *
     * @throws IllegalArgumentException as {@link #genesis}, or for nonces of another length or outside 0..2^32 − 1
     */
    public static ZkRollupState of(long[] balances, long[] nonces) {
        int k = balances.length;
        if (k < 2 || k > MAX_ACCOUNTS || Integer.bitCount(k) != 1) {
            throw new IllegalArgumentException("the rollup has a power-of-two number of accounts from 2 to "
                    + MAX_ACCOUNTS + ", not " + k);
        }
        if (nonces.length != k) {
            throw new IllegalArgumentException(k + " balances but " + nonces.length + " nonces");
        }
        long total = 0;
        for (int a = 0; a < k; a++) {
            if (balances[a] < 0) {
                throw new IllegalArgumentException("account " + a + " has a negative balance " + balances[a]);
            }
            if (nonces[a] < 0 || nonces[a] > ZkTransfer.MAX_U32) {
                throw new IllegalArgumentException("account " + a + " has nonce " + nonces[a]
                        + ", outside 0..2^32 - 1");
            }
            total += balances[a];
            if (total > ZkTransfer.MAX_U32) {
                throw new IllegalArgumentException("the total supply must stay below 2^32 (the AIR range-checks"
                        + " balances in 32 bits); it reaches " + total + " by account " + a);
            }
        }
        return new ZkRollupState(balances.clone(), nonces.clone());
    }

    public int accountCount() {
        return balances.length;
    }

    public long balance(int account) {
        return balances[account];
    }

    public long nonce(int account) {
        return nonces[account];
    }

    public long[] balances() {
        return balances.clone();
    }

    public long[] nonces() {
        return nonces.clone();
    }

    public long totalSupply() {
        return Arrays.stream(balances).sum();
    }

    /** The state root: Part I's Merkle root over the account leaves. */
    public Hash root() {
        List<byte[]> leaves = new ArrayList<>();
        for (int a = 0; a < balances.length; a++) {
            leaves.add(ByteBuffer.allocate(20).putInt(a).putLong(balances[a]).putLong(nonces[a]).array());
        }
        return MerkleTree.root(leaves);
    }

    /** Whether {@code t} may be applied to this state, and if not which rule it breaks. */
    public Verdict check(ZkTransfer t) {
        int k = balances.length;
        if (t.from() >= k || t.to() >= k) {
            return Verdict.rejected(ZkRollupRule.UNKNOWN_ACCOUNT, "transfer from " + t.from() + " to " + t.to()
                    + ", the state has accounts 0.." + (k - 1));
        }
        if (t.from() == t.to()) {
            return Verdict.rejected(ZkRollupRule.SELF_TRANSFER, "account " + t.from() + " sends to itself");
        }
        if (t.nonce() != nonces[t.from()]) {
            return Verdict.rejected(ZkRollupRule.WRONG_NONCE, "account " + t.from() + " has nonce "
                    + nonces[t.from()] + ", the transfer carries " + t.nonce());
        }
        if (t.amount() > balances[t.from()]) {
            return Verdict.rejected(ZkRollupRule.OVERSPEND, "account " + t.from() + " has " + balances[t.from()]
                    + " and sends " + t.amount());
        }
        return Verdict.valid();
    }

    /**
     * The state after {@code t}.
     *
     * @throws IllegalArgumentException if {@link #check} rejects it (the message is the verdict)
     */
    public ZkRollupState apply(ZkTransfer t) {
        Verdict v = check(t);
        if (!v.isValid()) {
            throw new IllegalArgumentException("transfer " + t + " cannot be applied: " + v);
        }
        long[] b = balances.clone();
        long[] n = nonces.clone();
        b[t.from()] -= t.amount();
        b[t.to()] += t.amount();
        n[t.from()]++;
        return new ZkRollupState(b, n);
    }

    /** The state after every transfer of the batch, in order. */
    public ZkRollupState apply(ZkBatch batch) {
        ZkRollupState s = this;
        for (ZkTransfer t : batch.transfers()) {
            s = s.apply(t);
        }
        return s;
    }

    /** The state bytes as posted with a batch (balances then nonces, 8 bytes each). */
    public byte[] toBytes() {
        ByteBuffer b = ByteBuffer.allocate(16 * balances.length);
        for (long v : balances) {
            b.putLong(v);
        }
        for (long v : nonces) {
            b.putLong(v);
        }
        return b.array();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ZkRollupState s && Arrays.equals(balances, s.balances) && Arrays.equals(nonces, s.nonces);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(balances) * 31 + Arrays.hashCode(nonces);
    }

    @Override
    public String toString() {
        return "ZkRollupState(balances " + Arrays.toString(balances) + ", nonces " + Arrays.toString(nonces) + ")";
    }
}

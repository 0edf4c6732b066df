package layers.l1.ledger.utxo;

import layers.l1.crypto.Hash;

import java.util.Objects;

/**
 * A reference to one output of one transaction: the transaction's id and the output's position in it. This is what
 * an input spends. Source: Bitcoin Core {@code COutPoint} (src/primitives/transaction.h).
 */
public record OutPoint(Hash txid, int index) implements Comparable<OutPoint> {

    /**
     * @throws IllegalArgumentException if {@code index} is negative
     */
    public OutPoint {
        Objects.requireNonNull(txid, "txid");
        if (index < 0) {
            throw new IllegalArgumentException("an output index cannot be negative: " + index);
        }
    }

    @Override
    public int compareTo(OutPoint other) {
        int byTxid = txid.compareTo(other.txid);
        return byTxid != 0 ? byTxid : Integer.compare(index, other.index);
    }

    /** {@code txid:index}, the txid in Bitcoin's display order as explorers show it. */
    @Override
    public String toString() {
        return txid.toDisplayHex() + ":" + index;
    }
}

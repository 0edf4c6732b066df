package layers.l1.ledger.utxo;

import layers.l1.crypto.Hash;
import layers.l1.keys.XOnlyPublicKey;
import layers.l1.ledger.Amount;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The unspent transaction outputs: everything that can still be spent, and so the whole state of a UTXO ledger.
 * Mutable. It also remembers which transaction spent each spent output, so that a second spend can be told apart
 * from a spend of an output that never existed (a Bitcoin node keeps only the unspent ones and reports both as
 * {@code bad-txns-inputs-missingorspent}).
 *
 * <p>{@link #apply} expects a transaction that {@link UtxoValidator} accepted; it checks only that the outputs it
 * spends are unspent and throws otherwise. {@link #undo} reverses it with the {@link TxUndo} it returned.
 */
public final class UtxoSet {

    private final Map<OutPoint, TxOutput> unspent = new LinkedHashMap<>();
    private final Map<OutPoint, Hash> spentBy = new HashMap<>();
    private final Map<XOnlyPublicKey, Set<OutPoint>> byOwner = new HashMap<>();

    /** The unspent output at {@code outPoint}, if there is one. */
    public Optional<TxOutput> get(OutPoint outPoint) {
        return Optional.ofNullable(unspent.get(outPoint));
    }

    public boolean isUnspent(OutPoint outPoint) {
        return unspent.containsKey(outPoint);
    }

    /** The id of the transaction that spent {@code outPoint}, if it was spent. */
    public Optional<Hash> spentBy(OutPoint outPoint) {
        return Optional.ofNullable(spentBy.get(outPoint));
    }

    /**
     * Spends the outputs {@code tx}'s inputs name and adds its outputs.
     *
     * @return the spent outputs, for {@link #undo}
     * @throws IllegalStateException if an input's output is not unspent, or {@code tx}'s outputs are already here
     *                               (the transaction was not validated first)
     */
    public TxUndo apply(Transaction tx) {
        Hash txid = tx.txid();
        for (TxInput input : tx.inputs()) {
            if (!unspent.containsKey(input.spends())) {
                throw new IllegalStateException("cannot apply " + txid.toDisplayHex() + ": it spends "
                        + input.spends() + ", which is not unspent; validate transactions before applying them");
            }
        }
        if (!tx.outputs().isEmpty() && (unspent.containsKey(tx.outPoint(0)) || spentBy.containsKey(tx.outPoint(0)))) {
            throw new IllegalStateException("cannot apply " + txid.toDisplayHex() + ": a transaction with this txid "
                    + "was applied already (BIP 30)");
        }
        List<TxOutput> spent = new ArrayList<>(tx.inputs().size());
        for (TxInput input : tx.inputs()) {
            TxOutput output = remove(input.spends());
            spentBy.put(input.spends(), txid);
            spent.add(output);
        }
        for (int i = 0; i < tx.outputs().size(); i++) {
            add(new OutPoint(txid, i), tx.outputs().get(i));
        }
        return new TxUndo(spent);
    }

    /**
     * Reverses {@link #apply}: removes {@code tx}'s outputs and restores the outputs it spent.
     *
     * @throws IllegalStateException if {@code tx}'s outputs are not all unspent here (undo the later ones first)
     */
    public void undo(Transaction tx, TxUndo undo) {
        Hash txid = tx.txid();
        if (undo.spentOutputs().size() != tx.inputs().size()) {
            throw new IllegalArgumentException("undo data has " + undo.spentOutputs().size() + " outputs for "
                    + tx.inputs().size() + " inputs of " + txid.toDisplayHex());
        }
        for (int i = 0; i < tx.outputs().size(); i++) {
            if (!unspent.containsKey(new OutPoint(txid, i))) {
                throw new IllegalStateException("cannot undo " + txid.toDisplayHex() + ": its output " + i
                        + " is spent or missing; undo later transactions first");
            }
        }
        for (int i = 0; i < tx.outputs().size(); i++) {
            remove(new OutPoint(txid, i));
        }
        for (int i = tx.inputs().size() - 1; i >= 0; i--) {
            OutPoint outPoint = tx.inputs().get(i).spends();
            spentBy.remove(outPoint);
            add(outPoint, undo.spentOutputs().get(i));
        }
    }

    /** {@link #apply} to each of a block's transactions in order. */
    public List<TxUndo> applyAll(List<Transaction> transactions) {
        List<TxUndo> undo = new ArrayList<>(transactions.size());
        for (Transaction tx : transactions) {
            undo.add(apply(tx));
        }
        return undo;
    }

    /** Reverses {@link #applyAll}, last transaction first (Bitcoin Core's {@code DisconnectBlock}). */
    public void undoAll(List<Transaction> transactions, List<TxUndo> undo) {
        for (int i = transactions.size() - 1; i >= 0; i--) {
            undo(transactions.get(i), undo.get(i));
        }
    }

    /** The number of unspent outputs. */
    public int size() {
        return unspent.size();
    }

    /** The sum of all unspent outputs: the money supply. */
    public Amount total() {
        Amount sum = Amount.ZERO;
        for (TxOutput output : unspent.values()) {
            sum = sum.plus(output.amount());
        }
        return sum;
    }

    /** The unspent outputs locked to {@code owner}, oldest first. */
    public Map<OutPoint, TxOutput> ownedBy(XOnlyPublicKey owner) {
        Map<OutPoint, TxOutput> owned = new LinkedHashMap<>();
        for (OutPoint outPoint : byOwner.getOrDefault(owner, Set.of())) {
            owned.put(outPoint, unspent.get(outPoint));
        }
        return owned;
    }

    /** The unspent outputs locked to {@code owner}, oldest first, read lazily (do not change the set meanwhile). */
    public Stream<Map.Entry<OutPoint, TxOutput>> coinsOf(XOnlyPublicKey owner) {
        return byOwner.getOrDefault(owner, Set.of()).stream().map(o -> Map.entry(o, unspent.get(o)));
    }

    /** All unspent outputs, oldest first. */
    public Map<OutPoint, TxOutput> unspentOutputs() {
        return Collections.unmodifiableMap(unspent);
    }

    /** An independent copy. */
    public UtxoSet copy() {
        UtxoSet copy = new UtxoSet();
        unspent.forEach(copy::add);
        copy.spentBy.putAll(spentBy);
        return copy;
    }

    private void add(OutPoint outPoint, TxOutput output) {
        unspent.put(outPoint, output);
        byOwner.computeIfAbsent(output.owner(), k -> new LinkedHashSet<>()).add(outPoint);
    }

    private TxOutput remove(OutPoint outPoint) {
        TxOutput output = unspent.remove(outPoint);
        Set<OutPoint> owned = byOwner.get(output.owner());
        owned.remove(outPoint);
        if (owned.isEmpty()) {
            byOwner.remove(output.owner());
        }
        return output;
    }

    @Override
    public String toString() {
        return "UtxoSet(" + unspent.size() + " unspent outputs, " + total() + ")";
    }
}

package layers.l2.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import layers.core.Verdict;
import layers.l1.execution.Tx;
import layers.l1.keys.EthereumAddress;
import layers.l1.keys.PrivateKey;

/**
 * The transactions a sequencer posts to L1 together, in order, each with its signature or all without one (a model
 * whose senders are given needs none; real batches carry them, and they are most of a transfer's bytes). Immutable.
 */
public record TxBatch(List<Tx> txs, List<TxSignature> signatures) {

    /**
     * @throws IllegalArgumentException if there are signatures but not exactly one per transaction
     */
    public TxBatch {
        txs = List.copyOf(txs);
        signatures = List.copyOf(signatures);
        if (!signatures.isEmpty() && signatures.size() != txs.size()) {
            throw new IllegalArgumentException("a signed batch has one signature per transaction: " + txs.size()
                    + " transactions but " + signatures.size() + " signatures");
        }
    }

    /** The transactions without signatures. */
    public static TxBatch unsigned(List<Tx> txs) {
        return new TxBatch(txs, List.of());
    }

    /**
     * Each transaction signed by its sender's key.
     *
     * @throws IllegalArgumentException naming the sender when {@code keys} has no key for it
     */
    public static TxBatch signed(List<Tx> txs, Function<EthereumAddress, PrivateKey> keys) {
        List<TxSignature> signatures = new ArrayList<>(txs.size());
        for (Tx tx : txs) {
            PrivateKey key = keys.apply(tx.from());
            if (key == null) {
                throw new IllegalArgumentException("no key for sender " + tx.from());
            }
            signatures.add(TxSigning.sign(key, tx));
        }
        return new TxBatch(txs, signatures);
    }

    public boolean isSigned() {
        return !signatures.isEmpty();
    }

    public int size() {
        return txs.size();
    }

    /**
     * Checks every signature; the first failure names the transaction's index. An unsigned batch is valid: it
     * makes no claim about who sent what.
     */
    public Verdict verifySignatures() {
        for (int i = 0; i < signatures.size(); i++) {
            Verdict verdict = TxSigning.verify(txs.get(i), signatures.get(i));
            if (!verdict.isValid()) {
                return Verdict.rejected(verdict.rule().orElseThrow(), "transaction " + i + ": "
                        + verdict.detail().orElseThrow());
            }
        }
        return Verdict.valid();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TxBatch b && txs.equals(b.txs) && signatures.equals(b.signatures);
    }

    @Override
    public int hashCode() {
        return Objects.hash(txs, signatures);
    }
}

package layers.l1.ledger.utxo;

import layers.l1.crypto.Hash;
import layers.l1.crypto.TaggedHash;
import layers.l1.keys.PrivateKey;
import layers.l1.ledger.ByteWriter;
import layers.l1.signatures.Schnorr;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A transaction before it is signed: the outputs it spends and the outputs it creates. Its {@link #sighash()} is
 * what every input's owner signs, so a signature covers every input and every output, as Bitcoin's
 * {@code SIGHASH_ALL} does.
 */
public record UnsignedTransaction(List<OutPoint> spends, List<TxOutput> outputs) {

    /** The tag of the signature hash (BIP 340 recommends a tagged hash per use, as BIP 341 does with TapSighash). */
    public static final String SIGHASH_TAG = "Layers/sighash";

    public UnsignedTransaction {
        spends = List.copyOf(spends);
        outputs = List.copyOf(outputs);
    }

    /**
     * {@code TaggedHash("Layers/sighash", bytes)}, where the bytes are the transaction's serialization without the
     * signatures: kind 0x00, input count, each input's txid and index, output count, each output.
     */
    public Hash sighash() {
        ByteWriter out = new ByteWriter();
        out.writeByte(Transaction.REGULAR).writeUint32(spends.size());
        for (OutPoint spent : spends) {
            out.writeBytes(spent.txid().bytes()).writeUint32(spent.index());
        }
        writeOutputs(out, outputs);
        return TaggedHash.of(SIGHASH_TAG, out.toByteArray());
    }

    /**
     * The transaction signed: input i by {@code keys.get(i)}, with BIP-340 auxiliary randomness from {@code aux}.
     *
     * @throws IllegalArgumentException if there is not one key per input
     */
    public Transaction sign(List<PrivateKey> keys, RandomGenerator aux) {
        if (keys.size() != spends.size()) {
            throw new IllegalArgumentException("one key per input: " + spends.size() + " inputs, " + keys.size()
                    + " keys");
        }
        byte[] message = sighash().bytes();
        List<TxInput> inputs = new ArrayList<>(spends.size());
        for (int i = 0; i < spends.size(); i++) {
            byte[] auxRand = new byte[32];
            aux.nextBytes(auxRand);
            inputs.add(new TxInput(spends.get(i), Schnorr.sign(keys.get(i), message, auxRand)));
        }
        return Transaction.of(inputs, outputs);
    }

    static void writeOutputs(ByteWriter out, List<TxOutput> outputs) {
        out.writeUint32(outputs.size());
        for (TxOutput output : outputs) {
            out.writeInt64(output.amount().satoshis()).writeBytes(output.owner().bytes());
        }
    }
}

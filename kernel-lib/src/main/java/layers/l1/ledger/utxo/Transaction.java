package layers.l1.ledger.utxo;

import layers.l1.crypto.Hash;
import layers.l1.crypto.Sha256;
import layers.l1.keys.XOnlyPublicKey;
import layers.l1.ledger.Amount;
import layers.l1.ledger.ByteReader;
import layers.l1.ledger.ByteWriter;
import layers.l1.ledger.MalformedException;
import layers.l1.signatures.SchnorrSignature;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A transaction of the course's UTXO ledger: inputs that spend earlier outputs, each with a signature, and new
 * outputs; or a coinbase, which has no inputs and creates the block's new coins. Immutable. Any list of inputs and
 * outputs can be held, even an empty one: whether it is valid is {@link UtxoValidator}'s question.
 *
 * <p>Serialization (the course's own, simpler than Bitcoin's; all integers little-endian):
 * <pre>
 *   kind       1 byte     0x00 regular, 0x01 coinbase
 *   height     uint32     coinbase only: the block height, which makes every coinbase's txid unique (BIP 34)
 *   inputs     uint32     count, then for each: txid (32 bytes) | output index (uint32) | signature (64 bytes)
 *   outputs    uint32     count, then for each: amount in satoshis (int64) | owner's x-only key (32 bytes)
 * </pre>
 * The txid is the double SHA-256 of these bytes, signatures included, as in Bitcoin before SegWit; SegWit (BIP 141)
 * moved signatures out of the txid so that nobody could change it by re-encoding a signature.
 */
public final class Transaction {

    static final int REGULAR = 0x00;
    static final int COINBASE = 0x01;
    static final int INPUT_SIZE = Hash.LENGTH + 4 + SchnorrSignature.LENGTH;
    static final int OUTPUT_SIZE = 8 + XOnlyPublicKey.LENGTH;

    private final List<TxInput> inputs;
    private final List<TxOutput> outputs;
    private final int coinbaseHeight; // -1 for a regular transaction
    private Hash txid; // computed once; racy but idempotent

    private Transaction(List<TxInput> inputs, List<TxOutput> outputs, int coinbaseHeight) {
        this.inputs = List.copyOf(inputs);
        this.outputs = List.copyOf(outputs);
        this.coinbaseHeight = coinbaseHeight;
    }

    /** A regular transaction. */
    public static Transaction of(List<TxInput> inputs, List<TxOutput> outputs) {
        return new Transaction(inputs, outputs, -1);
    }

    /**
     * The coinbase of the block at {@code height}: no inputs, new coins to {@code outputs}.
     *
     * @throws IllegalArgumentException if {@code height} is negative
     */
    public static Transaction coinbase(int height, List<TxOutput> outputs) {
        if (height < 0) {
            throw new IllegalArgumentException("a block height cannot be negative: " + height);
        }
        return new Transaction(List.of(), outputs, height);
    }

    /** A coinbase paying {@code amount} to {@code owner}. */
    public static Transaction coinbase(int height, Amount amount, XOnlyPublicKey owner) {
        return coinbase(height, List.of(new TxOutput(amount, owner)));
    }

    /**
     * The transaction these bytes serialize.
     *
     * @throws MalformedException naming the field and offset where the bytes stop making sense
     */
    public static Transaction parse(byte[] bytes) {
        ByteReader in = new ByteReader(bytes);
        int kind = in.readByte("kind");
        if (kind != REGULAR && kind != COINBASE) {
            throw new MalformedException("kind is 0x" + Integer.toHexString(kind) + ", not 0x00 or 0x01", 0);
        }
        int height = -1;
        if (kind == COINBASE) {
            height = nonNegativeInt(in, "coinbase height");
        }
        int inputCount = in.readCount("input count", INPUT_SIZE);
        if (kind == COINBASE && inputCount != 0) {
            throw in.malformed("a coinbase has no inputs, this one claims " + inputCount);
        }
        List<TxInput> inputs = new ArrayList<>(inputCount);
        for (int i = 0; i < inputCount; i++) {
            Hash txid = Hash.of(in.readBytes(Hash.LENGTH, "txid of input " + i));
            int index = nonNegativeInt(in, "output index of input " + i);
            SchnorrSignature signature = SchnorrSignature.of(in.readBytes(SchnorrSignature.LENGTH,
                    "signature of input " + i));
            inputs.add(new TxInput(new OutPoint(txid, index), signature));
        }
        int outputCount = in.readCount("output count", OUTPUT_SIZE);
        List<TxOutput> outputs = new ArrayList<>(outputCount);
        for (int i = 0; i < outputCount; i++) {
            outputs.add(readOutput(in, i));
        }
        in.expectEnd("transaction");
        return new Transaction(inputs, outputs, height);
    }

    private static TxOutput readOutput(ByteReader in, int i) {
        int at = in.position();
        long satoshis = in.readInt64("amount of output " + i);
        if (!Amount.moneyRange(satoshis)) {
            throw new MalformedException("output " + i + " has amount " + satoshis
                    + " sat, outside 0 to 21 million bitcoin", at);
        }
        at = in.position();
        byte[] key = in.readBytes(XOnlyPublicKey.LENGTH, "owner of output " + i);
        try {
            return new TxOutput(Amount.sats(satoshis), XOnlyPublicKey.of(key));
        } catch (IllegalArgumentException e) {
            throw new MalformedException("output " + i + ": " + e.getMessage(), at);
        }
    }

    private static int nonNegativeInt(ByteReader in, String field) {
        int at = in.position();
        long value = in.readUint32(field);
        if (value > Integer.MAX_VALUE) {
            throw new MalformedException(field + " is " + value + ", above the course's limit of "
                    + Integer.MAX_VALUE, at);
        }
        return (int) value;
    }

    /** The bytes as documented above, signatures included. */
    public byte[] serialize() {
        ByteWriter out = new ByteWriter();
        out.writeByte(isCoinbase() ? COINBASE : REGULAR);
        if (isCoinbase()) {
            out.writeUint32(coinbaseHeight);
        }
        out.writeUint32(inputs.size());
        for (TxInput input : inputs) {
            out.writeBytes(input.spends().txid().bytes()).writeUint32(input.spends().index())
                    .writeBytes(input.signature().bytes());
        }
        UnsignedTransaction.writeOutputs(out, outputs);
        return out.toByteArray();
    }

    /** Double SHA-256 of {@link #serialize()}: the name by which outputs of this transaction are spent. */
    public Hash txid() {
        Hash id = txid;
        if (id == null) {
            id = Sha256.doubleHash(serialize());
            txid = id;
        }
        return id;
    }

    /** This transaction without its signatures: what each input's owner signs. */
    public UnsignedTransaction unsigned() {
        return new UnsignedTransaction(inputs.stream().map(TxInput::spends).toList(), outputs);
    }

    /** The message every input signs: {@link UnsignedTransaction#sighash()} of {@link #unsigned()}. */
    public Hash sighash() {
        return unsigned().sighash();
    }

    public boolean isCoinbase() {
        return coinbaseHeight >= 0;
    }

    /**
     * The block height a coinbase commits to.
     *
     * @throws IllegalStateException if this is not a coinbase
     */
    public int coinbaseHeight() {
        if (!isCoinbase()) {
            throw new IllegalStateException("transaction " + txid().toDisplayHex() + " is not a coinbase");
        }
        return coinbaseHeight;
    }

    public List<TxInput> inputs() {
        return inputs;
    }

    public List<TxOutput> outputs() {
        return outputs;
    }

    /** The reference to output {@code index} of this transaction, for an input to spend. */
    public OutPoint outPoint(int index) {
        Objects.checkIndex(index, outputs.size());
        return new OutPoint(txid(), index);
    }

    /** The same transaction with other outputs (signatures kept, so they no longer match: for tampering). */
    public Transaction withOutputs(List<TxOutput> newOutputs) {
        return new Transaction(inputs, newOutputs, coinbaseHeight);
    }

    /** The same transaction with other inputs. */
    public Transaction withInputs(List<TxInput> newInputs) {
        return new Transaction(newInputs, outputs, coinbaseHeight);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Transaction t && coinbaseHeight == t.coinbaseHeight && inputs.equals(t.inputs)
                && outputs.equals(t.outputs);
    }

    @Override
    public int hashCode() {
        return txid().hashCode();
    }

    @Override
    public String toString() {
        return (isCoinbase() ? "Coinbase(height " + coinbaseHeight : "Transaction(" + inputs.size() + " inputs")
                + ", " + outputs + ", txid " + txid().toDisplayHex() + ")";
    }
}

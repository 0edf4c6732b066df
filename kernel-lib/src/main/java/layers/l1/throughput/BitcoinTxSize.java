package layers.l1.throughput;

/**
 * The size and weight of a Bitcoin transaction that spends P2WPKH (native SegWit) outputs and pays to P2WPKH
 * outputs, counted field by field as BIP 144 serializes it. Weight and virtual size follow BIP 141: "Transaction
 * weight is defined as Base transaction size * 3 + Total transaction size", and "Virtual transaction size is ...
 * weight / 4 (rounded up)".
 *
 * <p>Base (non-witness) bytes: version 4, input count 1, per input 41 (outpoint 36, empty scriptSig length 1,
 * sequence 4), output count 1, per output 31 (value 8, script length 1, script {@code 0x0014 <20-byte hash>} 22),
 * lock time 4. Witness bytes: marker and flag 2, per input 1 (item count) + 1 + signature + 1 + 33 (compressed key).
 * The signature is DER plus a sighash byte: 71 bytes with Bitcoin Core's low-R signatures (since 0.17), 72 with a
 * high R; {@link #TYPICAL_SIGNATURE_BYTES} assumes 71. Counts below 253 take a 1-byte CompactSize.
 *
 * @param inputs         P2WPKH inputs spent
 * @param outputs        P2WPKH outputs created
 * @param signatureBytes the length of each witness signature, sighash byte included
 */
public record BitcoinTxSize(int inputs, int outputs, int signatureBytes) {

    /** A low-R DER signature (70 bytes) and its sighash byte. */
    public static final int TYPICAL_SIGNATURE_BYTES = 71;
    private static final int COMPRESSED_KEY = 33;

    public BitcoinTxSize {
        if (inputs < 1 || inputs > 252 || outputs < 1 || outputs > 252) {
            throw new IllegalArgumentException("inputs and outputs must be 1 to 252 (a 1-byte count), not " + inputs
                    + " and " + outputs);
        }
        if (signatureBytes < 9 || signatureBytes > 73) {
            throw new IllegalArgumentException("a DER signature with its sighash byte is 9 to 73 bytes, not "
                    + signatureBytes);
        }
    }

    /** {@code inputs} P2WPKH inputs and {@code outputs} P2WPKH outputs, 71-byte signatures. */
    public static BitcoinTxSize p2wpkh(int inputs, int outputs) {
        return new BitcoinTxSize(inputs, outputs, TYPICAL_SIGNATURE_BYTES);
    }

    /** BIP 141's base transaction size: the bytes without witness data ("as seen by a non-upgraded node"). */
    public int baseSize() {
        return 4 + 1 + 41 * inputs + 1 + 31 * outputs + 4;
    }

    /** The witness bytes: marker and flag, then each input's two stack items. */
    public int witnessSize() {
        return 2 + inputs * (1 + 1 + signatureBytes + 1 + COMPRESSED_KEY);
    }

    /** BIP 141's total transaction size: base and witness bytes. */
    public int totalSize() {
        return baseSize() + witnessSize();
    }

    /** BIP 141: {@code base size * 3 + total size}. */
    public int weight() {
        return baseSize() * 3 + totalSize();
    }

    /** BIP 141: weight / 4, rounded up; fees are quoted per virtual byte. */
    public int vsize() {
        return (weight() + 3) / 4;
    }

    @Override
    public String toString() {
        return "P2WPKH " + inputs + "-in " + outputs + "-out: " + totalSize() + " bytes, weight " + weight() + ", "
                + vsize() + " vB";
    }
}

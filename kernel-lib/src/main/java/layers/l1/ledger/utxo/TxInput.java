package layers.l1.ledger.utxo;

import layers.l1.signatures.SchnorrSignature;

import java.util.Objects;

/**
 * An input: the output it spends and the owner's BIP-340 signature of the spending transaction's
 * {@link Transaction#sighash()}. In Bitcoin's Taproot key-path spend the signature sits in the input's witness.
 */
public record TxInput(OutPoint spends, SchnorrSignature signature) {

    public TxInput {
        Objects.requireNonNull(spends, "spends");
        Objects.requireNonNull(signature, "signature");
    }
}

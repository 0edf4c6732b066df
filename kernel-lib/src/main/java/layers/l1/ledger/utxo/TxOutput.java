package layers.l1.ledger.utxo;

import layers.l1.keys.XOnlyPublicKey;
import layers.l1.ledger.Amount;

import java.util.Objects;

/**
 * An output: an amount, locked to an owner's key, spendable by a Schnorr signature of that key. A simplification of
 * Bitcoin, where the lock is a script; it behaves like a Taproot key-path spend (BIP 341) with the owner's x-only key
 * as the output key, without the script tree or the key tweak.
 */
public record TxOutput(Amount amount, XOnlyPublicKey owner) {

    public TxOutput {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(owner, "owner");
    }

    @Override
    public String toString() {
        return amount + " to " + owner.toHex().substring(0, 16) + "…";
    }
}

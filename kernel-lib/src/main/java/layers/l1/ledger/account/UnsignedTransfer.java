package layers.l1.ledger.account;

import layers.l1.crypto.Hash;
import layers.l1.crypto.TaggedHash;
import layers.l1.keys.PrivateKey;
import layers.l1.keys.XOnlyPublicKey;
import layers.l1.ledger.Amount;
import layers.l1.ledger.ByteWriter;
import layers.l1.signatures.Schnorr;

import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * A transfer before it is signed: who pays whom how much, and the payer's nonce, which makes each transfer
 * signable only once.
 */
public record UnsignedTransfer(XOnlyPublicKey from, XOnlyPublicKey to, Amount amount, long nonce) {

    public static final String SIGNING_TAG = "Layers/transfer";

    /**
     * @throws IllegalArgumentException if {@code nonce} is negative
     */
    public UnsignedTransfer {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(amount, "amount");
        if (nonce < 0) {
            throw new IllegalArgumentException("a nonce cannot be negative: " + nonce);
        }
    }

    /** The fields as serialized: from (32 bytes), to (32 bytes), amount (int64 LE), nonce (int64 LE). */
    byte[] serialize() {
        return new ByteWriter().writeBytes(from.bytes()).writeBytes(to.bytes()).writeInt64(amount.satoshis())
                .writeInt64(nonce).toByteArray();
    }

    /** What the payer signs: {@code TaggedHash("Layers/transfer", serialized fields)}. */
    public Hash signingHash() {
        return TaggedHash.of(SIGNING_TAG, serialize());
    }

    /**
     * Signed with the payer's key. (Ethereum signs with ECDSA over secp256k1 and recovers the sender's key from the
     * signature; the course signs with BIP-340 Schnorr and names the sender's key.)
     *
     * @throws IllegalArgumentException if {@code key} is not the key of {@code from}
     */
    public Transfer sign(PrivateKey key, RandomGenerator aux) {
        if (!key.publicKey().xOnly().equals(from)) {
            throw new IllegalArgumentException("the key of " + key.publicKey().xOnly().toHex()
                    + " cannot sign a transfer from " + from.toHex());
        }
        byte[] auxRand = new byte[32];
        aux.nextBytes(auxRand);
        return new Transfer(this, Schnorr.sign(key, signingHash().bytes(), auxRand));
    }
}

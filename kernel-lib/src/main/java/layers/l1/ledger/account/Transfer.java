package layers.l1.ledger.account;

import layers.l1.keys.PrivateKey;
import layers.l1.keys.XOnlyPublicKey;
import layers.l1.ledger.Amount;
import layers.l1.ledger.ByteReader;
import layers.l1.ledger.ByteWriter;
import layers.l1.ledger.MalformedException;
import layers.l1.signatures.SchnorrSignature;

import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * A signed transfer of the account model, like an Ethereum transaction reduced to value transfer (no gas, no fee,
 * no data). Immutable. Serialized in 144 bytes: from (32), to (32), amount in satoshis (int64 LE), nonce (int64 LE),
 * BIP-340 signature (64).
 */
public record Transfer(UnsignedTransfer body, SchnorrSignature signature) {

    public static final int SIZE = 32 + 32 + 8 + 8 + SchnorrSignature.LENGTH;

    public Transfer {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(signature, "signature");
    }

    /** A transfer of {@code amount} from {@code key}'s account to {@code to}, with nonce {@code nonce}, signed. */
    public static Transfer sign(PrivateKey key, XOnlyPublicKey to, Amount amount, long nonce, RandomGenerator aux) {
        return new UnsignedTransfer(key.publicKey().xOnly(), to, amount, nonce).sign(key, aux);
    }

    /**
     * The transfer these bytes serialize.
     *
     * @throws MalformedException naming the field and offset where the bytes stop making sense
     */
    public static Transfer parse(byte[] bytes) {
        ByteReader in = new ByteReader(bytes);
        XOnlyPublicKey from = key(in, "from");
        XOnlyPublicKey to = key(in, "to");
        int at = in.position();
        long amount = in.readInt64("amount");
        if (!Amount.moneyRange(amount)) {
            throw new MalformedException("amount " + amount + " sat is outside 0 to 21 million bitcoin", at);
        }
        at = in.position();
        long nonce = in.readInt64("nonce");
        if (nonce < 0) {
            throw new MalformedException("nonce " + Long.toUnsignedString(nonce) + " is above 2^63 - 1", at);
        }
        SchnorrSignature signature = SchnorrSignature.of(in.readBytes(SchnorrSignature.LENGTH, "signature"));
        in.expectEnd("transfer");
        return new Transfer(new UnsignedTransfer(from, to, Amount.sats(amount), nonce), signature);
    }

    private static XOnlyPublicKey key(ByteReader in, String field) {
        int at = in.position();
        byte[] key = in.readBytes(XOnlyPublicKey.LENGTH, field + " key");
        try {
            return XOnlyPublicKey.of(key);
        } catch (IllegalArgumentException e) {
            throw new MalformedException(field + ": " + e.getMessage(), at);
        }
    }

    public byte[] serialize() {
        return new ByteWriter().writeBytes(body.serialize()).writeBytes(signature.bytes()).toByteArray();
    }

    public XOnlyPublicKey from() {
        return body.from();
    }

    public XOnlyPublicKey to() {
        return body.to();
    }

    public Amount amount() {
        return body.amount();
    }

    public long nonce() {
        return body.nonce();
    }

    /** The same signature over another body (for tampering). */
    public Transfer withBody(UnsignedTransfer newBody) {
        return new Transfer(newBody, signature);
    }

    @Override
    public String toString() {
        return "Transfer(" + amount() + " from " + from().toHex().substring(0, 16) + "… to "
                + to().toHex().substring(0, 16) + "…, nonce " + nonce() + ")";
    }
}

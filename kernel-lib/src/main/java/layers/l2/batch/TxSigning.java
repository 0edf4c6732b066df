package layers.l2.batch;

import java.math.BigInteger;
import java.util.Optional;
import layers.core.Verdict;
import layers.l1.crypto.Hash;
import layers.l1.crypto.Keccak256;
import layers.l1.execution.Tx;
import layers.l1.keys.EthereumAddress;
import layers.l1.keys.PrivateKey;
import layers.l1.keys.PublicKey;
import layers.l1.keys.Secp256k1;
import layers.l1.signatures.Ecdsa;
import layers.l1.signatures.Rfc6979;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECPoint;

/**
 * Signing a transaction and recovering its sender, as Ethereum does: the signer signs the Keccak-256 hash of the
 * transaction's encoding with ECDSA on secp256k1 (Part I's {@link Ecdsa}, low s), and anyone recovers the public key
 * from (r, s, y_parity) (SEC 1 v2 §4.1.6; the Yellow Paper's ECDSARECOVER) and compares its address with the sender.
 *
 * <p>Simplified: the hash is of this course's {@link BatchCodec#encodeTx} encoding, not of Ethereum's
 * {@code keccak256(0x02 || rlp([chain_id, ...]))} (EIP-1559), and there is no chain id.
 */
public final class TxSigning {

    private TxSigning() {
    }

    /** The hash the sender signs: Keccak-256 of the transaction's encoding (without signature). */
    public static Hash signingHash(Tx tx) {
        return Keccak256.hash(BatchCodec.encodeTx(tx));
    }

    /**
     * Signs {@code tx} with {@code key}: SEC 1 §4.1.3 with RFC 6979's deterministic nonce, s made low (EIP-2), the
     * same (r, s) as Part I's {@link Ecdsa#sign}, plus the parity of the y of R = k⋅G (flipped when s is).
     *
     * @throws IllegalArgumentException if {@code key} is not the key of {@code tx.from()}
     */
    public static TxSignature sign(PrivateKey key, Tx tx) {
        EthereumAddress signer = EthereumAddress.fromPublicKey(key.publicKey());
        if (!signer.equals(tx.from())) {
            throw new IllegalArgumentException("the key of " + signer + " cannot sign a transaction from "
                    + tx.from());
        }
        Hash hash = signingHash(tx);
        BigInteger n = Secp256k1.N;
        BigInteger d = key.secret();
        BigInteger e = new BigInteger(1, hash.bytes());   // 256 bits, the size of n: no truncation
        Rfc6979 nonces = Rfc6979.nonces(n, d, hash.bytes());
        while (true) {
            BigInteger k = nonces.nextK();
            ECPoint bigR = Secp256k1.multiplyG(k);
            BigInteger x = bigR.getAffineXCoord().toBigInteger();
            BigInteger r = x.mod(n);
            BigInteger s = k.modInverse(n).multiply(e.add(r.multiply(d))).mod(n);
            if (r.signum() == 0 || s.signum() == 0) {
                continue;
            }
            if (!x.equals(r)) {
                throw new IllegalStateException("x(kG) = " + x.toString(16) + " is n or more, which Ethereum's two"
                        + " recovery ids cannot express (probability about 2^-128)");
            }
            int parity = bigR.getAffineYCoord().testBitZero() ? 1 : 0;
            if (s.compareTo(Secp256k1.HALF_N) > 0) {   // (r, n - s) is the signature of -R
                s = n.subtract(s);
                parity ^= 1;
            }
            return new TxSignature(r, s, parity);
        }
    }

    /**
     * The sender's address recovered from the signature, or empty when r, s or the parity admit no key (see
     * {@link #verify} for the reason).
     */
    public static Optional<EthereumAddress> recoverSender(Tx tx, TxSignature signature) {
        return recover(signingHash(tx), signature.r(), signature.s(), signature.yParity())
                .map(EthereumAddress::fromPublicKey);
    }

    /** Whether {@code signature} proves that {@code tx.from()} signed {@code tx}; a rejection names the rule. */
    public static Verdict verify(Tx tx, TxSignature signature) {
        BigInteger r = signature.r();
        BigInteger s = signature.s();
        if (r.signum() <= 0 || r.compareTo(Secp256k1.N) >= 0) {
            return Verdict.rejected(TxSignatureRule.R_OUT_OF_RANGE, "r = " + r.toString(16));
        }
        if (s.signum() <= 0 || s.compareTo(Secp256k1.HALF_N) > 0) {
            return Verdict.rejected(TxSignatureRule.S_OUT_OF_RANGE, "s = " + s.toString(16)
                    + (s.compareTo(Secp256k1.N) < 0 ? " > n/2" : " >= n"));
        }
        Optional<EthereumAddress> sender = recoverSender(tx, signature);
        if (sender.isEmpty()) {
            return Verdict.rejected(TxSignatureRule.NO_POINT_FOR_R, "r = " + r.toString(16) + ", y_parity "
                    + signature.yParity());
        }
        if (!sender.get().equals(tx.from())) {
            return Verdict.rejected(TxSignatureRule.WRONG_SENDER, "recovered " + sender.get() + " but the sender is "
                    + tx.from());
        }
        return Verdict.valid();
    }

    /** SEC 1 v2 §4.1.6 for x = r (Ethereum's two recovery ids): Q = r⁻¹(s⋅R − e⋅G). */
    private static Optional<PublicKey> recover(Hash hash, BigInteger r, BigInteger s, int yParity) {
        BigInteger n = Secp256k1.N;
        if (r.signum() <= 0 || r.compareTo(n) >= 0 || s.signum() <= 0 || s.compareTo(n) >= 0) {
            return Optional.empty();
        }
        Optional<ECPoint> even = Secp256k1.liftX(r);
        if (even.isEmpty()) {
            return Optional.empty();
        }
        ECPoint bigR = yParity == 0 ? even.get() : even.get().negate();
        BigInteger e = new BigInteger(1, hash.bytes());
        BigInteger rInverse = r.modInverse(n);
        BigInteger u1 = n.subtract(e.multiply(rInverse).mod(n)).mod(n);
        BigInteger u2 = s.multiply(rInverse).mod(n);
        ECPoint q = ECAlgorithms.sumOfTwoMultiplies(Secp256k1.G, u1, bigR, u2).normalize();
        if (q.isInfinity()) {
            return Optional.empty();
        }
        return Optional.of(PublicKey.fromPoint(q));
    }
}

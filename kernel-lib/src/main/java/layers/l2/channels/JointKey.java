package layers.l2.channels;

import layers.l1.crypto.Hash;
import layers.l1.crypto.TaggedHash;
import layers.l1.keys.PrivateKey;
import layers.l1.keys.PublicKey;
import layers.l1.keys.Secp256k1;
import layers.l1.keys.XOnlyPublicKey;
import layers.l1.signatures.Schnorr;
import layers.l1.signatures.SchnorrSignature;
import org.bouncycastle.math.ec.ECPoint;

import java.math.BigInteger;
import java.util.Objects;

/**
 * The funding output's 2-of-2 lock: one BIP-340 key that needs both parties to sign, as in Lightning's taproot
 * channels. Key aggregation follows BIP-327 (MuSig2) {@code KeyAgg}: {@code L = hash_KeyAgg list(pk1 || pk2)},
 * {@code a_i = hash_KeyAgg coefficient(L || pk_i)}, {@code Q = a_1⋅P_1 + a_2⋅P_2}; the coefficients stop a party from
 * choosing its key to cancel the other's. A spend of the funding output is then an ordinary BIP-340 signature under
 * {@code Q}, which the course's L1 checks like any other.
 *
 * <p>Simplified against BIP-327, and said so: each signer uses one deterministic nonce (BIP-327 uses two nonces per
 * signer and a nonce-exchange round, which keeps signing safe when sessions run concurrently); the second key's
 * coefficient is not set to 1; there is no tweaking. Fine for a model in one process, not for money.
 */
public final class JointKey {

    private static final BigInteger N = Secp256k1.N;

    private final PublicKey first;
    private final PublicKey second;
    private final BigInteger coefficientFirst;
    private final BigInteger coefficientSecond;
    private final ECPoint q;
    private final BigInteger g;

    private JointKey(PublicKey first, PublicKey second) {
        if (first.equals(second)) {
            throw new IllegalArgumentException("a 2-of-2 key needs two different keys, both are " + first);
        }
        this.first = first;
        this.second = second;
        Hash list = TaggedHash.of("KeyAgg list", first.compressed(), second.compressed());
        this.coefficientFirst = coefficient(list, first);
        this.coefficientSecond = coefficient(list, second);
        this.q = first.point().multiply(coefficientFirst).add(second.point().multiply(coefficientSecond)).normalize();
        this.g = Secp256k1.hasEvenY(q) ? BigInteger.ONE : N.subtract(BigInteger.ONE);
    }

    /** BIP-327 {@code KeyAgg(pk1, pk2)}. */
    public static JointKey keyAgg(PublicKey first, PublicKey second) {
        return new JointKey(Objects.requireNonNull(first, "first"), Objects.requireNonNull(second, "second"));
    }

    /** BIP-327 {@code KeyAggCoeff}: {@code hash_KeyAgg coefficient(L || pk)}. */
    static BigInteger coefficient(Hash list, PublicKey key) {
        return new BigInteger(1, TaggedHash.of("KeyAgg coefficient", list.bytes(), key.compressed()).bytes()).mod(N);
    }

    /** The x-only aggregate key: what the funding output is locked to on L1. */
    public XOnlyPublicKey xOnly() {
        return XOnlyPublicKey.of(Secp256k1.bytes(q));
    }

    public PublicKey first() {
        return first;
    }

    public PublicKey second() {
        return second;
    }

    /** A signer's nonce point {@code R_i = k_i⋅G}, from its deterministic nonce for {@code message}. */
    public PublicKey noncePoint(PrivateKey signer, byte[] message) {
        return PublicKey.fromPoint(Secp256k1.multiplyG(nonce(signer, message)));
    }

    /**
     * {@code signer}'s partial signature on {@code message}: {@code s_i = k_i + e⋅g⋅a_i⋅d_i} (with {@code k_i}
     * negated when {@code R = R_1 + R_2} has an odd Y, as BIP-340 requires an even one).
     *
     * @throws IllegalArgumentException if {@code signer} is neither of the two keys
     */
    public PartialSignature partialSign(PrivateKey signer, byte[] message, PublicKey otherNonce) {
        BigInteger a = coefficientOf(signer.publicKey());
        BigInteger k = nonce(signer, message);
        ECPoint r = Secp256k1.multiplyG(k).add(otherNonce.point()).normalize();
        if (r.isInfinity()) {
            throw new IllegalStateException("R = R_1 + R_2 is infinity (probability about 2^-256)");
        }
        BigInteger kSigned = Secp256k1.hasEvenY(r) ? k : N.subtract(k);
        BigInteger s = kSigned.add(challenge(r, message).multiply(g).multiply(a).multiply(signer.secret())).mod(N);
        return new PartialSignature(signer.publicKey(), PublicKey.fromPoint(Secp256k1.multiplyG(k)), s);
    }

    /**
     * Whether {@code partial} is its signer's share of a signature on {@code message}:
     * {@code s_i⋅G = ±R_i + e⋅g⋅a_i⋅P_i}. This is how one party tells the other's bad share from a good one.
     */
    public boolean partialVerify(PartialSignature partial, PublicKey otherNonce, byte[] message) {
        BigInteger a;
        try {
            a = coefficientOf(partial.signer());
        } catch (IllegalArgumentException e) {
            return false;
        }
        ECPoint r = partial.nonce().point().add(otherNonce.point()).normalize();
        if (r.isInfinity()) {
            return false;
        }
        ECPoint ri = Secp256k1.hasEvenY(r) ? partial.nonce().point() : partial.nonce().point().negate();
        ECPoint expected = ri.add(partial.signer().point().multiply(challenge(r, message).multiply(g).multiply(a)
                .mod(N))).normalize();
        return Secp256k1.multiplyG(partial.s()).equals(expected);
    }

    /** The BIP-340 signature under {@link #xOnly()}: {@code (x(R), s_1 + s_2)}. */
    public SchnorrSignature combine(PartialSignature firstShare, PartialSignature secondShare) {
        ECPoint r = firstShare.nonce().point().add(secondShare.nonce().point()).normalize();
        byte[] sig = new byte[SchnorrSignature.LENGTH];
        System.arraycopy(Secp256k1.bytes(r), 0, sig, 0, 32);
        System.arraycopy(Secp256k1.bytes(firstShare.s().add(secondShare.s()).mod(N)), 0, sig, 32, 32);
        return SchnorrSignature.of(sig);
    }

    /** Both parties sign {@code message} (both keys in one process, as a simulation does). */
    public CoSignature sign(PrivateKey firstKey, PrivateKey secondKey, byte[] message) {
        PublicKey r1 = noncePoint(firstKey, message);
        PublicKey r2 = noncePoint(secondKey, message);
        return new CoSignature(partialSign(firstKey, message, r2), partialSign(secondKey, message, r1));
    }

    /** Whether both shares verify and combine to a signature the L1 accepts; the first failing share is named. */
    public String check(CoSignature cosig, byte[] message) {
        if (!partialVerify(cosig.first(), cosig.second().nonce(), message)) {
            return "the share of " + cosig.first().signer() + " does not verify";
        }
        if (!partialVerify(cosig.second(), cosig.first().nonce(), message)) {
            return "the share of " + cosig.second().signer() + " does not verify";
        }
        return Schnorr.isValid(xOnly(), message, combine(cosig.first(), cosig.second())) ? null
                : "the shares do not combine to a BIP-340 signature under " + xOnly().toHex();
    }

    private BigInteger coefficientOf(PublicKey key) {
        if (key.equals(first)) {
            return coefficientFirst;
        }
        if (key.equals(second)) {
            return coefficientSecond;
        }
        throw new IllegalArgumentException(key + " is not one of the two keys of " + this);
    }

    private BigInteger challenge(ECPoint r, byte[] message) {
        return new BigInteger(1, Schnorr.hashChallenge(Secp256k1.bytes(r), Secp256k1.bytes(q), message).bytes())
                .mod(N);
    }

    private BigInteger nonce(PrivateKey signer, byte[] message) {
        BigInteger k = new BigInteger(1, TaggedHash.of("Layers/MuSig nonce", signer.secretBytes(),
                Secp256k1.bytes(q), message).bytes()).mod(N);
        return k.signum() == 0 ? BigInteger.ONE : k;
    }

    @Override
    public String toString() {
        return "JointKey(" + xOnly().toHex() + ")";
    }
}

package layers.l2.zk.sigma;

import layers.l1.keys.PrivateKey;
import layers.l1.keys.Secp256k1;
import org.bouncycastle.math.ec.ECPoint;

import java.math.BigInteger;
import java.util.random.RandomGenerator;

/**
 * The prover of Schnorr's interactive proof of knowledge of a discrete logarithm: "I know x with P = x·G", on
 * secp256k1 (Part I's {@code layers.l1.keys}). Three moves: {@link #commit} sends R = r·G for a fresh random r; the
 * verifier replies with a random challenge c; {@link #respond} sends s = r + c·x mod n. The random r masks x
 * completely (s is uniform whatever x is), which is why the transcript teaches the verifier nothing: zero knowledge.
 * One instance answers one challenge; answering two challenges for the same R would reveal x
 * ({@link SigmaExtractor}). Mutable.
 */
public final class SigmaProver {

    private final PrivateKey key;
    private final RandomGenerator rng;
    private BigInteger nonce;
    private ECPoint commitment;

    /** A prover of {@code key}; the nonces come from {@code rng} (seeded for a reproducible lesson; never for value). */
    public SigmaProver(PrivateKey key, RandomGenerator rng) {
        this.key = key;
        this.rng = rng;
    }

    /** Move 1: a fresh r in 1..n−1 and the commitment R = r·G. */
    public ECPoint commit() {
        nonce = PrivateKey.random(rng).secret();
        commitment = Secp256k1.multiplyG(nonce);
        return commitment;
    }

    /**
     * Move 3: s = r + c·x mod n.
     *
     * @throws IllegalStateException    if there is no fresh commitment (answering twice would leak the key)
     * @throws IllegalArgumentException if the challenge is not in 0..n−1
     */
    public BigInteger respond(BigInteger challenge) {
        if (nonce == null) {
            throw new IllegalStateException("commit() first: each commitment answers exactly one challenge");
        }
        if (challenge.signum() < 0 || challenge.compareTo(Secp256k1.N) >= 0) {
            throw new IllegalArgumentException("a challenge is a number 0..n-1, not " + challenge);
        }
        BigInteger s = nonce.add(challenge.multiply(key.secret())).mod(Secp256k1.N);
        nonce = null;
        return s;
    }

    /** The transcript of one honest run with this challenge. */
    public SigmaTranscript run(BigInteger challenge) {
        ECPoint r = commit();
        return new SigmaTranscript(r, challenge, respond(challenge));
    }
}

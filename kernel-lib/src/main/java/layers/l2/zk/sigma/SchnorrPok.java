package layers.l2.zk.sigma;

import layers.core.Verdict;
import layers.l1.crypto.TaggedHash;
import layers.l1.keys.PrivateKey;
import layers.l1.keys.PublicKey;
import layers.l1.keys.Secp256k1;
import org.bouncycastle.math.ec.ECPoint;

import java.math.BigInteger;
import java.util.random.RandomGenerator;

/**
 * Schnorr's proof of knowledge made non-interactive by Fiat–Shamir: the challenge is
 * {@code c = H("layers/schnorr-pok", P, R, context) mod n} instead of the verifier's coin, so the proof is the pair
 * (R, s) and anyone can check it later. Bound to a {@code context} (a message, an address) so it cannot be replayed
 * elsewhere: with a message as context this is a Schnorr signature. It hides x for the same reason the interactive
 * protocol does. Immutable.
 */
public record SchnorrPok(ECPoint commitment, BigInteger response) {

    public static final String TAG = "layers/schnorr-pok";

    public SchnorrPok {
        commitment = commitment.normalize();
    }

    /** A proof that the holder of {@code key} knows its secret, bound to {@code context}. */
    public static SchnorrPok prove(PrivateKey key, byte[] context, RandomGenerator rng) {
        SigmaProver prover = new SigmaProver(key, rng);
        ECPoint r = prover.commit();
        BigInteger c = challenge(key.publicKey(), r, context);
        return new SchnorrPok(r, prover.respond(c));
    }

    /** The Fiat–Shamir challenge: a hash of the key, the commitment and the context, reduced modulo n. */
    public static BigInteger challenge(PublicKey p, ECPoint r, byte[] context) {
        byte[] h = TaggedHash.of(TAG, p.compressed(), r.getEncoded(true), context).bytes();
        return new BigInteger(1, h).mod(Secp256k1.N);
    }

    /** Whether this proves knowledge of the secret of {@code p} for {@code context}. */
    public Verdict verify(PublicKey p, byte[] context) {
        return SigmaVerifier.check(p, new SigmaTranscript(commitment, challenge(p, commitment, context), response));
    }

    /** The serialised proof: R compressed (33 bytes) then s (32 bytes). */
    public byte[] toBytes() {
        byte[] out = new byte[65];
        System.arraycopy(commitment.getEncoded(true), 0, out, 0, 33);
        System.arraycopy(Secp256k1.bytes(response), 0, out, 33, 32);
        return out;
    }
}

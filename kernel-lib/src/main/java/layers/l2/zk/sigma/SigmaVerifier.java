package layers.l2.zk.sigma;

import layers.core.Verdict;
import layers.l1.keys.PrivateKey;
import layers.l1.keys.PublicKey;
import layers.l1.keys.Secp256k1;
import org.bouncycastle.math.ec.ECPoint;

import java.math.BigInteger;
import java.util.random.RandomGenerator;

/**
 * The verifier of Schnorr's protocol: it draws a random challenge, and accepts the transcript when
 * {@code s·G = R + c·P}. It learns that the prover could answer, never x.
 */
public final class SigmaVerifier {

    private SigmaVerifier() {
    }

    /** Move 2: a random challenge in 1..n−1. */
    public static BigInteger challenge(RandomGenerator rng) {
        return PrivateKey.random(rng).secret();
    }

    /** Whether {@code t} is an accepting transcript for the key {@code p}. */
    public static Verdict check(PublicKey p, SigmaTranscript t) {
        BigInteger n = Secp256k1.N;
        if (t.challenge().signum() < 0 || t.challenge().compareTo(n) >= 0 || t.response().signum() < 0
                || t.response().compareTo(n) >= 0) {
            return Verdict.rejected(SigmaRule.OUT_OF_RANGE, "c = " + t.challenge().toString(16) + ", s = "
                    + t.response().toString(16) + ", n = " + n.toString(16));
        }
        ECPoint left = Secp256k1.multiplyG(t.response());
        ECPoint right = t.commitment().add(p.point().multiply(t.challenge())).normalize();
        if (!left.equals(right)) {
            return Verdict.rejected(SigmaRule.VERIFICATION_EQUATION, "s·G has x = "
                    + left.getAffineXCoord().toBigInteger().toString(16).substring(0, 16) + "…, R + c·P has x = "
                    + (right.isInfinity() ? "∞" : right.getAffineXCoord().toBigInteger().toString(16).substring(0, 16))
                    + "…");
        }
        return Verdict.valid();
    }
}

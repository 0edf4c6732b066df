package layers.l2.zk.sigma;

import layers.l1.keys.PublicKey;
import layers.l1.keys.Secp256k1;
import org.bouncycastle.math.ec.ECPoint;

import java.math.BigInteger;
import java.util.random.RandomGenerator;

/**
 * The simulator that makes Schnorr's protocol (honest-verifier) zero knowledge: without the secret, pick the
 * challenge c and the response s first, uniformly, then solve for the commitment {@code R = s·G − c·P}. The triple is
 * an accepting transcript with exactly the distribution of an honest run (in both, c and s are uniform and
 * independent, and R is fixed by them). Since anyone can make such transcripts, seeing one teaches nothing about x.
 * What convinces a live verifier is only that R came before c.
 */
public final class SigmaSimulator {

    private SigmaSimulator() {
    }

    /** An accepting transcript for {@code p}, made without its secret. */
    public static SigmaTranscript simulate(PublicKey p, RandomGenerator rng) {
        BigInteger c = SigmaVerifier.challenge(rng);
        BigInteger s = SigmaVerifier.challenge(rng);
        ECPoint r = Secp256k1.multiplyG(s).subtract(p.point().multiply(c)).normalize();
        return new SigmaTranscript(r, c, s);
    }
}

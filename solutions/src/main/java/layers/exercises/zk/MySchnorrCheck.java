package layers.exercises.zk;

import layers.l1.keys.PublicKey;
import layers.l1.keys.Secp256k1;
import layers.l2.zk.sigma.SigmaTranscript;
import org.bouncycastle.math.ec.ECPoint;

import java.math.BigInteger;

/**
 * Exercise {@code zk.schnorr}: reject forged Schnorr transcripts. Write {@link #accepts}, then grade it:
 * {@code ./course grade zk.schnorr}.
 *
 * <p>Hints:
 * <ol>
 *   <li>Range first: {@code x.signum() >= 0 && x.compareTo(Secp256k1.N) < 0} for both c and s. Without it, s + n
 *       would pass the equation.</li>
 *   <li>{@code Secp256k1.multiplyG(s)} is s·G; {@code p.point().multiply(c)} is c·P; {@code R.add(...)} adds
 *       points.</li>
 *   <li>Normalize both sides before comparing: {@code left.normalize().equals(right.normalize())}.</li>
 * </ol>
 */
public class MySchnorrCheck implements SchnorrCheck {

    @Override
    public boolean accepts(PublicKey p, SigmaTranscript transcript) {
        // BEGIN SOLUTION zk.schnorr
        BigInteger c = transcript.challenge();
        BigInteger s = transcript.response();
        if (c.signum() < 0 || c.compareTo(Secp256k1.N) >= 0 || s.signum() < 0 || s.compareTo(Secp256k1.N) >= 0) {
            return false;
        }
        ECPoint left = Secp256k1.multiplyG(s);
        ECPoint right = transcript.commitment().add(p.point().multiply(c));
        return left.normalize().equals(right.normalize());
        // END SOLUTION
    }
}

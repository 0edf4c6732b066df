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
        throw new UnsupportedOperationException("exercise zk.schnorr: not written yet — see the hints above");
    }
}

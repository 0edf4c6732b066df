package layers.l2.zk.sigma;

import layers.l1.keys.PrivateKey;
import layers.l1.keys.Secp256k1;

import java.math.BigInteger;

/**
 * Special soundness, the "knowledge" in proof of knowledge: from two accepting transcripts with the same commitment R
 * and different challenges, {@code x = (s1 − s2)/(c1 − c2) mod n}. A prover who can answer two challenges for one R
 * therefore knows x; and a prover who reuses a nonce gives its key away (the PlayStation 3 ECDSA failure of 2010 was
 * the same algebra).
 */
public final class SigmaExtractor {

    private SigmaExtractor() {
    }

    /**
     * The secret behind two transcripts sharing a commitment.
     *
     * @throws IllegalArgumentException if the commitments differ or the challenges are equal
     */
    public static PrivateKey extract(SigmaTranscript a, SigmaTranscript b) {
        if (!a.commitment().equals(b.commitment())) {
            throw new IllegalArgumentException("extraction needs two transcripts with the same commitment R");
        }
        BigInteger n = Secp256k1.N;
        BigInteger dc = a.challenge().subtract(b.challenge()).mod(n);
        if (dc.signum() == 0) {
            throw new IllegalArgumentException("extraction needs two different challenges");
        }
        BigInteger x = a.response().subtract(b.response()).multiply(dc.modInverse(n)).mod(n);
        return PrivateKey.fromBigInteger(x);
    }
}

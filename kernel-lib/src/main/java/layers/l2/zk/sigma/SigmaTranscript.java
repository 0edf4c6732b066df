package layers.l2.zk.sigma;

import layers.l1.keys.Secp256k1;
import org.bouncycastle.math.ec.ECPoint;

import java.math.BigInteger;
import java.util.Objects;

/**
 * The three messages of Schnorr's sigma protocol (Schnorr, "Efficient signature generation by smart cards", J.
 * Cryptology 1991): the prover's commitment {@code R = r·G}, the verifier's challenge {@code c}, the prover's
 * response {@code s = r + c·x mod n}. What a verifier sees, and all it sees. Immutable.
 */
public record SigmaTranscript(ECPoint commitment, BigInteger challenge, BigInteger response) {

    public SigmaTranscript {
        Objects.requireNonNull(commitment, "commitment");
        Objects.requireNonNull(challenge, "challenge");
        Objects.requireNonNull(response, "response");
        commitment = commitment.normalize();
    }

    @Override
    public String toString() {
        return "SigmaTranscript(R = " + commitment.getAffineXCoord().toBigInteger().toString(16).substring(0, 12)
                + "…, c = " + challenge.toString(16) + ", s = " + response.toString(16).substring(0,
                Math.min(12, response.toString(16).length())) + "…, n = secp256k1 order " + (Secp256k1.N.bitLength())
                + " bits)";
    }
}

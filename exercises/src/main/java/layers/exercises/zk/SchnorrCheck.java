package layers.exercises.zk;

import layers.l1.keys.PublicKey;
import layers.l2.zk.sigma.SigmaTranscript;

/**
 * The verifier of Schnorr's proof of knowledge on secp256k1. Source: the course's {@code layers.l2.zk.sigma}.
 */
public interface SchnorrCheck {

    /**
     * Whether the transcript (R, c, s) is accepting for the public key P: c and s are in 0..n−1 (n =
     * {@code Secp256k1.N}) and {@code s·G = R + c·P}.
     */
    boolean accepts(PublicKey p, SigmaTranscript transcript);
}

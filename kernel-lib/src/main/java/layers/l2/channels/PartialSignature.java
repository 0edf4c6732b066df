package layers.l2.channels;

import layers.l1.keys.PublicKey;

import java.math.BigInteger;
import java.util.Objects;

/** One signer's share of a 2-of-2 signature ({@link JointKey}): who signed, its nonce point, and {@code s_i}. */
public record PartialSignature(PublicKey signer, PublicKey nonce, BigInteger s) {

    public PartialSignature {
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(s, "s");
    }

    /** The same share with another {@code s} (for tampering in tests and notebooks). */
    public PartialSignature withS(BigInteger otherS) {
        return new PartialSignature(signer, nonce, otherS);
    }
}

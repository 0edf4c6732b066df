package layers.l2.quorum;

import layers.l1.keys.XOnlyPublicKey;
import layers.l1.signatures.SchnorrSignature;

import java.util.Objects;

/** One member's BIP-340 signature, with the key it claims to come from. */
public record QuorumSignature(XOnlyPublicKey signer, SchnorrSignature signature) {

    public QuorumSignature {
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(signature, "signature");
    }
}

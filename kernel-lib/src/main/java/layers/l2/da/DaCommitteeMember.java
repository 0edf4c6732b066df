package layers.l2.da;

import layers.l1.crypto.Hash;
import layers.l1.crypto.Sha256;
import layers.l1.keys.PrivateKey;
import layers.l1.keys.XOnlyPublicKey;
import layers.l1.signatures.Schnorr;
import layers.l2.quorum.Quorum;
import layers.l2.quorum.QuorumSignature;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One member of a data-availability committee: it stores the data it is given, signs that it holds it, and serves
 * it on request, unless it has decided to withhold (colluding with an operator, or simply offline). Mutable.
 */
public final class DaCommitteeMember {

    private final PrivateKey key;
    private final Map<Hash, byte[]> stored = new HashMap<>();
    private boolean withholding;

    public DaCommitteeMember(PrivateKey key) {
        this.key = key;
    }

    public XOnlyPublicKey publicKey() {
        return Schnorr.pubKey(key);
    }

    /** Keeps {@code data} and returns the member's signature that it holds it. */
    public QuorumSignature storeAndSign(byte[] data) {
        Hash h = Sha256.hash(data);
        stored.put(h, data.clone());
        return Quorum.sign(key, DaCommittee.TAG, h.bytes());
    }

    /** From now on, refuses every request. */
    public void withhold() {
        withholding = true;
    }

    /** From now on, serves again. */
    public void serveAgain() {
        withholding = false;
    }

    public boolean isWithholding() {
        return withholding;
    }

    /** The data with this hash, if the member stored it and is not withholding. */
    public Optional<byte[]> serve(Hash dataHash) {
        if (withholding) {
            return Optional.empty();
        }
        byte[] d = stored.get(dataHash);
        return d == null ? Optional.empty() : Optional.of(d.clone());
    }
}

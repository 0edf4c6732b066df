package layers.l2.quorum;

import layers.core.Verdict;
import layers.l1.crypto.Hash;
import layers.l1.crypto.TaggedHash;
import layers.l1.keys.PrivateKey;
import layers.l1.keys.XOnlyPublicKey;
import layers.l1.signatures.Schnorr;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A set of n member keys and a threshold k: a statement is accepted when at least k distinct members signed it with
 * BIP-340 Schnorr (Part I's {@link Schnorr}). Each use signs under its own tag, so a signature given to a committee
 * can never pass as a bridge release. Immutable.
 */
public final class Quorum {

    private final List<XOnlyPublicKey> members;
    private final Set<XOnlyPublicKey> memberSet;
    private final int threshold;

    private Quorum(List<XOnlyPublicKey> members, int threshold) {
        this.members = members;
        this.memberSet = Set.copyOf(members);
        this.threshold = threshold;
    }

    /**
     * @throws IllegalArgumentException if the members are empty or repeat a key, or the threshold is outside 1..n
     */
    public static Quorum of(List<XOnlyPublicKey> members, int threshold) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a quorum needs at least one member");
        }
        if (new LinkedHashSet<>(members).size() != members.size()) {
            throw new IllegalArgumentException("a quorum's members must be distinct keys; one appears twice in "
                    + members.size());
        }
        if (threshold < 1 || threshold > members.size()) {
            throw new IllegalArgumentException("the threshold must be in 1.." + members.size() + ", not " + threshold);
        }
        return new Quorum(List.copyOf(members), threshold);
    }

    /** The quorum of these keys' public keys. */
    public static Quorum ofKeys(List<PrivateKey> keys, int threshold) {
        return of(keys.stream().map(Schnorr::pubKey).toList(), threshold);
    }

    /** The 32-byte message members sign: {@code TaggedHash(tag, statement)} (BIP-340's tagged hashes). */
    public static byte[] message(String tag, byte[] statement) {
        Hash h = TaggedHash.of(tag, statement);
        return h.bytes();
    }

    /** A member's signature over {@code statement} under {@code tag}; aux randomness fixed, so reproducible. */
    public static QuorumSignature sign(PrivateKey key, String tag, byte[] statement) {
        byte[] msg = message(tag, statement);
        return new QuorumSignature(Schnorr.pubKey(key), Schnorr.sign(key, msg, msg));
    }

    /** Signatures of {@code statement} by each of these keys. */
    public static List<QuorumSignature> signAll(List<PrivateKey> keys, String tag, byte[] statement) {
        List<QuorumSignature> out = new ArrayList<>();
        for (PrivateKey k : keys) {
            out.add(sign(k, tag, statement));
        }
        return out;
    }

    /**
     * Whether {@code signatures} carry at least {@link #threshold()} distinct members' valid signatures of
     * {@code statement} under {@code tag}. Any bad signature rejects the whole set (naming the signature and why),
     * so a relayer cannot pad a set with junk.
     */
    public Verdict verify(String tag, byte[] statement, List<QuorumSignature> signatures) {
        byte[] msg = message(tag, statement);
        Set<XOnlyPublicKey> seen = new HashSet<>();
        for (int i = 0; i < signatures.size(); i++) {
            QuorumSignature s = signatures.get(i);
            if (!memberSet.contains(s.signer())) {
                return Verdict.rejected(QuorumRule.NOT_A_MEMBER, "signature " + i + " is by " + s.signer().toHex()
                        + ", not one of the " + members.size() + " members");
            }
            if (!seen.add(s.signer())) {
                return Verdict.rejected(QuorumRule.DUPLICATE_SIGNER, "signature " + i + " is member "
                        + members.indexOf(s.signer()) + "'s second");
            }
            Verdict v = Schnorr.verify(s.signer(), msg, s.signature());
            if (!v.isValid()) {
                return Verdict.rejected(QuorumRule.INVALID_SIGNATURE, "signature " + i + " by member "
                        + members.indexOf(s.signer()) + ": " + v);
            }
        }
        if (seen.size() < threshold) {
            return Verdict.rejected(QuorumRule.TOO_FEW_SIGNATURES, seen.size() + " of " + members.size()
                    + " members signed, " + threshold + " required");
        }
        return Verdict.valid();
    }

    public List<XOnlyPublicKey> members() {
        return members;
    }

    public int size() {
        return members.size();
    }

    public int threshold() {
        return threshold;
    }

    public boolean isMember(XOnlyPublicKey key) {
        return memberSet.contains(key);
    }

    @Override
    public String toString() {
        return threshold + "-of-" + members.size() + " quorum";
    }
}

package layers.l2.channels;

import layers.l1.crypto.Sha256;
import layers.l1.keys.PrivateKey;
import layers.l1.keys.PublicKey;
import layers.l1.keys.Secp256k1;

import java.math.BigInteger;

/**
 * BOLT 3's key derivation: every commitment transaction uses fresh keys, made from a party's long-lived basepoints
 * and the commitment's {@code per_commitment_point}. The revocation key is "blinded": its private key needs both the
 * counterparty's {@code revocation_basepoint_secret} and this commitment's {@code per_commitment_secret}, so it exists
 * only once the owner of the commitment has revealed that secret, i.e. revoked the commitment.
 * Source: BOLT 3, "Key Derivation"; checked against BOLT 3 Appendix E.
 */
public final class Bolt3Keys {

    private static final BigInteger N = Secp256k1.N;

    private Bolt3Keys() {
    }

    /** BOLT 3: {@code pubkey = basepoint + SHA256(per_commitment_point || basepoint) * G}. */
    public static PublicKey derivePubkey(PublicKey basepoint, PublicKey perCommitmentPoint) {
        BigInteger tweak = sha256(perCommitmentPoint, basepoint);
        return PublicKey.fromPoint(basepoint.point().add(Secp256k1.multiplyG(tweak)).normalize());
    }

    /** BOLT 3: {@code privkey = basepoint_secret + SHA256(per_commitment_point || basepoint)}. */
    public static PrivateKey derivePrivkey(PrivateKey basepointSecret, PublicKey perCommitmentPoint) {
        BigInteger tweak = sha256(perCommitmentPoint, basepointSecret.publicKey());
        return PrivateKey.fromBigInteger(basepointSecret.secret().add(tweak).mod(N));
    }

    /**
     * BOLT 3: {@code revocationpubkey = revocation_basepoint * SHA256(revocation_basepoint || per_commitment_point)
     * + per_commitment_point * SHA256(per_commitment_point || revocation_basepoint)}.
     */
    public static PublicKey revocationPubkey(PublicKey revocationBasepoint, PublicKey perCommitmentPoint) {
        BigInteger a = sha256(revocationBasepoint, perCommitmentPoint);
        BigInteger b = sha256(perCommitmentPoint, revocationBasepoint);
        return PublicKey.fromPoint(revocationBasepoint.point().multiply(a)
                .add(perCommitmentPoint.point().multiply(b)).normalize());
    }

    /**
     * BOLT 3: {@code revocationprivkey = revocation_basepoint_secret * SHA256(revocation_basepoint ||
     * per_commitment_point) + per_commitment_secret * SHA256(per_commitment_point || revocation_basepoint)}.
     */
    public static PrivateKey revocationPrivkey(PrivateKey revocationBasepointSecret, PrivateKey perCommitmentSecret) {
        PublicKey basepoint = revocationBasepointSecret.publicKey();
        PublicKey point = perCommitmentSecret.publicKey();
        BigInteger a = sha256(basepoint, point);
        BigInteger b = sha256(point, basepoint);
        return PrivateKey.fromBigInteger(revocationBasepointSecret.secret().multiply(a)
                .add(perCommitmentSecret.secret().multiply(b)).mod(N));
    }

    /** {@code SHA256(first || second)} of the compressed (33-byte) encodings, as a number. */
    static BigInteger sha256(PublicKey first, PublicKey second) {
        return new BigInteger(1, Sha256.hash(first.compressed(), second.compressed()).bytes());
    }
}

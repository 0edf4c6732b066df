package layers.l1.crypto;

import org.bouncycastle.crypto.digests.KeccakDigest;

/**
 * Keccak-256, Ethereum's hash (addresses, transaction and block hashes, storage slots), through BouncyCastle.
 *
 * <p>This is the Keccak submission as Ethereum adopted it before FIPS 202 was published, <em>not</em> the
 * standardised SHA3-256 ({@link Sha3_256}): FIPS 202 §6.1 appends the domain bits {@code 01} before padding, Keccak
 * does not, so the two give different digests for every input, starting with the empty one.
 */
public final class Keccak256 {

    private Keccak256() {
    }

    public static Hash hash(byte[] data) {
        KeccakDigest digest = new KeccakDigest(256);
        digest.update(data, 0, data.length);
        byte[] out = new byte[Hash.LENGTH];
        digest.doFinal(out, 0);
        return Hash.wrap(out);
    }
}

package layers.l1.crypto;

import org.bouncycastle.crypto.digests.SHA3Digest;

/**
 * SHA3-256 as FIPS 202 §6.1 standardises it, through BouncyCastle. Ethereum does not use it: it is here to show that
 * it differs from {@link Keccak256}, which Ethereum calls "sha3" in places (Solidity's old {@code sha3()}).
 */
public final class Sha3_256 {

    private Sha3_256() {
    }

    public static Hash hash(byte[] data) {
        SHA3Digest digest = new SHA3Digest(256);
        digest.update(data, 0, data.length);
        byte[] out = new byte[Hash.LENGTH];
        digest.doFinal(out, 0);
        return Hash.wrap(out);
    }
}

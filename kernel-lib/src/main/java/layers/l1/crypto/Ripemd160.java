package layers.l1.crypto;

import org.bouncycastle.crypto.digests.RIPEMD160Digest;

/**
 * RIPEMD-160 (Dobbertin, Bosselaers and Preneel, 1996) through BouncyCastle: the 160-bit hash Bitcoin applies after
 * SHA-256 to shorten a public key or a script into an address ({@link Hashes#hash160(byte[])}).
 */
public final class Ripemd160 {

    private Ripemd160() {
    }

    public static Hash160 hash(byte[] data) {
        RIPEMD160Digest digest = new RIPEMD160Digest();
        digest.update(data, 0, data.length);
        byte[] out = new byte[Hash160.LENGTH];
        digest.doFinal(out, 0);
        return Hash160.of(out);
    }
}

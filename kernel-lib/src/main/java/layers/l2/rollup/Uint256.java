package layers.l2.rollup;

import java.math.BigInteger;

/** 32-byte big-endian encoding of an unsigned number, as the leaves and hashes of this package use. */
final class Uint256 {

    private Uint256() {
    }

    static byte[] bytes(BigInteger v) {
        if (v.signum() < 0 || v.bitLength() > 256) {
            throw new IllegalArgumentException("not a uint256: " + v);
        }
        byte[] out = new byte[32];
        byte[] raw = v.toByteArray();
        int n = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - n, out, 32 - n, n);
        return out;
    }
}

package layers.l1.crypto;

import java.util.Arrays;

/**
 * A 20-byte hash: RIPEMD-160 of something, usually {@code RIPEMD160(SHA256(public key))}, the "key hash" that Bitcoin
 * addresses (P2PKH, P2WPKH) commit to. Immutable; shown as hex in hash-function order.
 */
public final class Hash160 implements Comparable<Hash160> {

    public static final int LENGTH = 20;

    private final byte[] bytes;

    private Hash160(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The hash with these 20 bytes. */
    public static Hash160 of(byte[] bytes) {
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("a 160-bit hash has " + LENGTH + " bytes, not " + bytes.length + ": "
                    + Hex.encode(bytes));
        }
        return new Hash160(bytes.clone());
    }

    /** From 40 hex digits (an optional {@code 0x} prefix is allowed). */
    public static Hash160 fromHex(String hex) {
        return of(Hex.decode(hex));
    }

    /** A copy of the bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    public String toHex() {
        return Hex.encode(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Hash160 h && Arrays.equals(bytes, h.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public int compareTo(Hash160 other) {
        return Arrays.compareUnsigned(bytes, other.bytes);
    }

    @Override
    public String toString() {
        return toHex();
    }
}

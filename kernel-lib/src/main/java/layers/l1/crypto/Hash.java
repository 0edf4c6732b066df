package layers.l1.crypto;

import java.util.Arrays;

/**
 * A 32-byte hash (SHA-256, double SHA-256, Keccak-256, a Merkle root, a block or transaction id). Immutable.
 *
 * <p>Bytes are kept in the order the hash function produced them. Bitcoin shows block and transaction ids with the
 * bytes reversed (so that a block hash's leading zeros come first); {@link #toDisplayHex()} and
 * {@link #fromDisplayHex(String)} make that explicit, and {@link #toHex()} never reverses.
 */
public final class Hash implements Comparable<Hash> {

    public static final int LENGTH = 32;
    public static final Hash ZERO = new Hash(new byte[LENGTH]);

    private final byte[] bytes;

    private Hash(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The hash with these 32 bytes, in hash-function order. */
    public static Hash of(byte[] bytes) {
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("a hash has " + LENGTH + " bytes, not " + bytes.length);
        }
        return new Hash(bytes.clone());
    }

    /** Takes {@code bytes} without copying: only for arrays a digest has just returned and nobody else holds. */
    static Hash wrap(byte[] bytes) {
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("a hash has " + LENGTH + " bytes, not " + bytes.length);
        }
        return new Hash(bytes);
    }

    /** From hex in hash-function order (as Ethereum and hash libraries print it). */
    public static Hash fromHex(String hex) {
        return of(Hex.decode(hex));
    }

    /** From hex in Bitcoin's display order (block explorers, {@code bitcoin-cli}), which is byte-reversed. */
    public static Hash fromDisplayHex(String hex) {
        return of(reverse(Hex.decode(hex)));
    }

    /** A copy of the bytes, in hash-function order. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Hex in hash-function order. */
    public String toHex() {
        return Hex.encode(bytes);
    }

    /** Hex in Bitcoin's display order: the bytes reversed. */
    public String toDisplayHex() {
        return Hex.encode(reverse(bytes));
    }

    /** The same bytes in the opposite order. */
    public Hash reversed() {
        return new Hash(reverse(bytes));
    }

    /** Byte {@code i}, 0 to 255. */
    public int byteAt(int i) {
        return bytes[i] & 0xff;
    }

    /** Bitcoin reads a block hash as a little-endian 256-bit number: the value compared with the target. */
    public java.math.BigInteger toLittleEndianNumber() {
        return new java.math.BigInteger(1, reverse(bytes));
    }

    private static byte[] reverse(byte[] b) {
        byte[] r = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            r[i] = b[b.length - 1 - i];
        }
        return r;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Hash h && Arrays.equals(bytes, h.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public int compareTo(Hash other) {
        return Arrays.compareUnsigned(bytes, other.bytes);
    }

    /** Hex in hash-function order. */
    @Override
    public String toString() {
        return toHex();
    }
}

package layers.l1.keys;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import layers.l1.crypto.Hex;
import layers.l1.crypto.Keccak256;

/**
 * An Ethereum account address: the last 20 bytes of the Keccak-256 hash of the 64-byte public key (x and y, without
 * SEC 1's {@code 04} prefix), as the Yellow Paper's Appendix F defines A(p_r). Shown with EIP-55's mixed-case
 * checksum. Immutable.
 */
public final class EthereumAddress {

    public static final int LENGTH = 20;

    private final byte[] bytes;

    private EthereumAddress(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The address with these 20 bytes. */
    public static EthereumAddress of(byte[] bytes) {
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("an Ethereum address has 20 bytes, but " + Hex.encode(bytes) + " has "
                    + bytes.length);
        }
        return new EthereumAddress(bytes.clone());
    }

    /** The address of the account {@code key} controls. */
    public static EthereumAddress fromPublicKey(PublicKey key) {
        byte[] xy = Arrays.copyOfRange(key.uncompressed(), 1, PublicKey.UNCOMPRESSED_LENGTH);
        byte[] hash = Keccak256.hash(xy).bytes();
        return new EthereumAddress(Arrays.copyOfRange(hash, 32 - LENGTH, 32));
    }

    /**
     * From 40 hex digits, with or without {@code 0x}. All-lowercase and all-uppercase text carries no checksum and is
     * accepted as it is; mixed case must be exactly the EIP-55 checksum form.
     *
     * @throws IllegalArgumentException naming the text and, for a bad checksum, the first digit whose case is wrong
     */
    public static EthereumAddress fromHex(String text) {
        String digits = text.startsWith("0x") || text.startsWith("0X") ? text.substring(2) : text;
        if (digits.length() != 2 * LENGTH) {
            throw new IllegalArgumentException("an Ethereum address has 40 hex digits (20 bytes), but '" + text
                    + "' has " + digits.length());
        }
        EthereumAddress address = new EthereumAddress(Hex.decode(digits));
        boolean hasLower = !digits.equals(digits.toUpperCase(Locale.ROOT));
        boolean hasUpper = !digits.equals(digits.toLowerCase(Locale.ROOT));
        if (hasLower && hasUpper) {
            String expected = address.toChecksumHex().substring(2);
            for (int i = 0; i < digits.length(); i++) {
                if (digits.charAt(i) != expected.charAt(i)) {
                    throw new IllegalArgumentException("'" + text + "' fails its EIP-55 checksum: hex digit " + i
                            + " is '" + digits.charAt(i) + "' but the checksum makes it '" + expected.charAt(i)
                            + "' (expected 0x" + expected + ")");
                }
            }
        }
        return address;
    }

    /**
     * EIP-55: each letter of the lowercase hex is uppercased when the matching hex digit of
     * {@code Keccak256(lowercase hex as ASCII)} is 8 or more.
     */
    public String toChecksumHex() {
        String lower = Hex.encode(bytes);
        String hashHex = Keccak256.hash(lower.getBytes(StandardCharsets.US_ASCII)).toHex();
        StringBuilder out = new StringBuilder("0x");
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            boolean upper = Character.isLetter(c) && Character.digit(hashHex.charAt(i), 16) >= 8;
            out.append(upper ? Character.toUpperCase(c) : c);
        }
        return out.toString();
    }

    /** {@code 0x} and lowercase hex, without a checksum. */
    public String toHex() {
        return "0x" + Hex.encode(bytes);
    }

    /** A copy of the 20 bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EthereumAddress a && Arrays.equals(bytes, a.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** The EIP-55 checksum form. */
    @Override
    public String toString() {
        return toChecksumHex();
    }
}

package layers.l1.signatures;

import java.math.BigInteger;
import java.util.Arrays;
import layers.l1.crypto.Hex;
import layers.l1.keys.Secp256k1;

/**
 * An ECDSA signature on secp256k1: the pair (r, s). Bitcoin writes it in strict DER (BIP-66), Ethereum and many
 * libraries as 64 bytes r || s ("compact"). Any r and s in 0..2²⁵⁶−1 can be held, so that a verifier can say which
 * rule an out-of-range value breaks ({@link Ecdsa#verify}). Immutable.
 */
public final class EcdsaSignature {

    public static final int COMPACT_LENGTH = 64;
    /** BIP-66's bounds without the sighash byte: 9 to 73 bytes with it. */
    public static final int MIN_DER_LENGTH = 8;
    public static final int MAX_DER_LENGTH = 72;

    private static final BigInteger TWO_TO_256 = BigInteger.ONE.shiftLeft(256);

    private final BigInteger r;
    private final BigInteger s;

    private EcdsaSignature(BigInteger r, BigInteger s) {
        this.r = r;
        this.s = s;
    }

    /** The signature (r, s); each must fit in 256 bits. */
    public static EcdsaSignature of(BigInteger r, BigInteger s) {
        checkFits("r", r);
        checkFits("s", s);
        return new EcdsaSignature(r, s);
    }

    private static void checkFits(String name, BigInteger value) {
        if (value.signum() < 0 || value.compareTo(TWO_TO_256) >= 0) {
            throw new IllegalArgumentException("an ECDSA signature's " + name + " is a number from 0 to 2^256-1, not "
                    + value.toString(16));
        }
    }

    /** From 64 bytes: r then s, 32 bytes each, big-endian. */
    public static EcdsaSignature fromCompact(byte[] compact) {
        if (compact.length != COMPACT_LENGTH) {
            throw new IllegalArgumentException("a compact ECDSA signature has 64 bytes (r then s), but "
                    + Hex.encode(compact) + " has " + compact.length);
        }
        return new EcdsaSignature(new BigInteger(1, Arrays.copyOfRange(compact, 0, 32)),
                new BigInteger(1, Arrays.copyOfRange(compact, 32, 64)));
    }

    /**
     * Parses strict DER as BIP-66 requires of every signature in a Bitcoin transaction (the checks of its
     * {@code IsValidSignatureEncoding}, without the trailing sighash byte): {@code 30 len 02 lenR R 02 lenS S}, with
     * R and S positive and minimally encoded.
     *
     * @throws IllegalArgumentException naming the signature, the broken rule and the byte where it breaks
     */
    public static EcdsaSignature fromDer(byte[] der) {
        new DerReader(der).check();
        int lenR = der[3] & 0xff;
        BigInteger r = new BigInteger(1, Arrays.copyOfRange(der, 4, 4 + lenR));
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(der, 6 + lenR, der.length));
        if (r.compareTo(TWO_TO_256) >= 0 || s.compareTo(TWO_TO_256) >= 0) {
            throw new IllegalArgumentException("DER signature " + Hex.encode(der) + " holds a number wider than"
                    + " 256 bits, which no secp256k1 signature needs");
        }
        return new EcdsaSignature(r, s);
    }

    /** Strict DER (BIP-66): the shortest two's-complement encoding of r and of s in a SEQUENCE. */
    public byte[] toDer() {
        byte[] rBytes = r.toByteArray();
        byte[] sBytes = s.toByteArray();
        byte[] out = new byte[6 + rBytes.length + sBytes.length];
        out[0] = 0x30;
        out[1] = (byte) (out.length - 2);
        out[2] = 0x02;
        out[3] = (byte) rBytes.length;
        System.arraycopy(rBytes, 0, out, 4, rBytes.length);
        out[4 + rBytes.length] = 0x02;
        out[5 + rBytes.length] = (byte) sBytes.length;
        System.arraycopy(sBytes, 0, out, 6 + rBytes.length, sBytes.length);
        return out;
    }

    /** 64 bytes: r then s, 32 bytes each, big-endian. */
    public byte[] toCompact() {
        byte[] out = new byte[COMPACT_LENGTH];
        System.arraycopy(Secp256k1.bytes(r), 0, out, 0, 32);
        System.arraycopy(Secp256k1.bytes(s), 0, out, 32, 32);
        return out;
    }

    public BigInteger r() {
        return r;
    }

    public BigInteger s() {
        return s;
    }

    /** Whether s ≤ n/2, as BIP-62 and BIP-146 require of Bitcoin signatures. */
    public boolean hasLowS() {
        return s.compareTo(Secp256k1.HALF_N) <= 0;
    }

    /**
     * This signature with s replaced by n − s when s is above n/2. Both verify: (r, s) and (r, n − s) are the same
     * signature to ECDSA, which is why Bitcoin allows only the low one (BIP-146, LOW_S).
     */
    public EcdsaSignature withLowS() {
        return hasLowS() ? this : new EcdsaSignature(r, Secp256k1.N.subtract(s));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EcdsaSignature sig && r.equals(sig.r) && s.equals(sig.s);
    }

    @Override
    public int hashCode() {
        return r.hashCode() * 31 + s.hashCode();
    }

    @Override
    public String toString() {
        return "EcdsaSignature[r=" + r.toString(16) + ", s=" + s.toString(16) + "]";
    }

    /** BIP-66's checks, in the BIP's order, each failing with a message that says which byte is wrong. */
    private static final class DerReader {
        private final byte[] der;
        private final String shown;

        DerReader(byte[] der) {
            this.der = der;
            this.shown = Hex.encode(der);
        }

        void check() {
            int len = der.length;
            require(len >= MIN_DER_LENGTH && len <= MAX_DER_LENGTH, "a DER signature has " + MIN_DER_LENGTH + " to "
                    + MAX_DER_LENGTH + " bytes, not " + len);
            require(der[0] == 0x30, "byte 0 must be 30 (a SEQUENCE), not " + hex(0));
            require((der[1] & 0xff) == len - 2, "byte 1 (the SEQUENCE's length) must be " + (len - 2)
                    + ", the number of bytes after it, not " + (der[1] & 0xff));
            int lenR = der[3] & 0xff;
            require(5 + lenR < len, "R's length (byte 3) is " + lenR + ", which leaves no room for S");
            int lenS = der[5 + lenR] & 0xff;
            require(lenR + lenS + 6 == len, "R's length " + lenR + " and S's length " + lenS
                    + " (byte " + (5 + lenR) + ") plus 6 header bytes must add up to the signature's " + len + " bytes");
            checkInteger("R", 2, lenR);
            checkInteger("S", 4 + lenR, lenS);
        }

        /** The INTEGER whose tag is at {@code tag}: present, positive, and without a needless leading zero. */
        private void checkInteger(String name, int tag, int length) {
            require(der[tag] == 0x02, "byte " + tag + " must be 02 (an INTEGER, " + name + "), not " + hex(tag));
            require(length != 0, name + " has length zero");
            int first = tag + 2;
            require((der[first] & 0x80) == 0, name + " is negative: its first byte " + hex(first)
                    + " (byte " + first + ") has the high bit set");
            require(length == 1 || der[first] != 0 || (der[first + 1] & 0x80) != 0, name
                    + " has a needless leading zero byte (byte " + first + "): DER needs the shortest encoding");
        }

        private String hex(int index) {
            return String.format("%02x", der[index] & 0xff);
        }

        private void require(boolean ok, String problem) {
            if (!ok) {
                throw new IllegalArgumentException("not a strict DER signature (BIP-66): " + problem + "; signature "
                        + shown);
            }
        }
    }
}

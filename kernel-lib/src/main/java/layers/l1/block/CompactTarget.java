package layers.l1.block;

import layers.l1.crypto.Hash;

import java.math.BigInteger;
import java.util.Optional;

/**
 * A proof-of-work target in Bitcoin's 32-bit compact form, the header field {@code nBits}: one size byte (the
 * target's length in bytes) and a 3-byte mantissa whose top bit is a sign bit. The target is
 * {@code mantissa * 256^(size - 3)}. Like the header field, this accepts every 32-bit value; some of them encode a
 * negative or an over-256-bit target, which {@link #encodingProblem()} names and {@link #toTarget()} refuses.
 * Source: Bitcoin Core {@code arith_uint256::SetCompact} / {@code GetCompact} (src/arith_uint256.cpp).
 */
public final class CompactTarget {

    /** Bitcoin's difficulty-1 target, mainnet's proof-of-work limit: {@code 0x00000000ffff0000...}. */
    public static final CompactTarget DIFFICULTY_1 = new CompactTarget(0x1d00ffff);
    /** Regtest's proof-of-work limit: about every second hash meets it. */
    public static final CompactTarget REGTEST = new CompactTarget(0x207fffff);
    /** The course's easy target: one hash in 4096 meets it, a few milliseconds of mining. */
    public static final CompactTarget EASY = new CompactTarget(0x1f0fffff);

    private static final BigInteger TWO_256 = BigInteger.ONE.shiftLeft(256);
    private static final int SIGN_BIT = 0x00800000;
    private static final int MANTISSA = 0x007fffff;

    private final int bits;

    private CompactTarget(int bits) {
        this.bits = bits;
    }

    /**
     * The compact target with these bits, as in a header ({@code 0x1d00ffff}).
     *
     * @throws IllegalArgumentException if {@code bits} does not fit in 32 unsigned bits
     */
    public static CompactTarget of(long bits) {
        if (bits < 0 || bits > 0xffff_ffffL) {
            throw new IllegalArgumentException("compact bits are a 32-bit unsigned field, not 0x" + Long.toHexString(bits));
        }
        return new CompactTarget((int) bits);
    }

    /**
     * The compact form of {@code target}, rounded down to 3 significant bytes. Source: Bitcoin Core
     * {@code arith_uint256::GetCompact}.
     *
     * @throws IllegalArgumentException if {@code target} is negative or does not fit in 256 bits
     */
    public static CompactTarget fromTarget(BigInteger target) {
        if (target.signum() < 0 || target.compareTo(TWO_256) >= 0) {
            throw new IllegalArgumentException("a target is a 256-bit unsigned number, not " + target);
        }
        int size = (target.bitLength() + 7) / 8;
        long compact = size <= 3
                ? target.longValue() << (8 * (3 - size))
                : target.shiftRight(8 * (size - 3)).longValue();
        if ((compact & SIGN_BIT) != 0) {
            compact >>= 8;
            size++;
        }
        return of(compact | (long) size << 24);
    }

    /** The 32 bits, as a non-negative number. */
    public long bits() {
        return bits & 0xffff_ffffL;
    }

    private int size() {
        return bits >>> 24;
    }

    /** The mantissa, shifted right when the size is under 3 bytes, as {@code SetCompact} reads it. */
    private int word() {
        int size = size();
        int mantissa = bits & MANTISSA;
        return size <= 3 ? mantissa >>> (8 * (3 - size)) : mantissa;
    }

    /** The sign bit is set on a non-zero mantissa: a negative target ({@code SetCompact}'s pfNegative). */
    public boolean isNegative() {
        return word() != 0 && (bits & SIGN_BIT) != 0;
    }

    /** The target does not fit in 256 bits ({@code SetCompact}'s pfOverflow). */
    public boolean overflows() {
        int size = size();
        int word = word();
        return word != 0 && (size > 34 || (word > 0xff && size > 33) || (word > 0xffff && size > 32));
    }

    /** Why these bits are not a usable target (negative, over 256 bits, or zero), empty if they are. */
    public Optional<String> encodingProblem() {
        if (isNegative()) {
            return Optional.of("bits " + this + " have the sign bit set: a negative target");
        }
        if (overflows()) {
            return Optional.of("bits " + this + " encode a target of more than 256 bits");
        }
        if (word() == 0) {
            return Optional.of("bits " + this + " encode a zero target, which no hash meets");
        }
        return Optional.empty();
    }

    /**
     * The target as a number. Source: Bitcoin Core {@code arith_uint256::SetCompact}.
     *
     * @throws ArithmeticException naming the bits if they encode a negative target or one of more than 256 bits
     */
    public BigInteger toTarget() {
        if (isNegative()) {
            throw new ArithmeticException("bits " + this + " have the sign bit set: a negative target");
        }
        if (overflows()) {
            throw new ArithmeticException("bits " + this + " encode a target of more than 256 bits");
        }
        int size = size();
        BigInteger word = BigInteger.valueOf(word());
        return size <= 3 ? word : word.shiftLeft(8 * (size - 3));
    }

    /** Whether a block hash, read as a little-endian number, is at most this target ({@code CheckProofOfWork}). */
    public boolean isMetBy(Hash blockHash) {
        return encodingProblem().isEmpty() && blockHash.toLittleEndianNumber().compareTo(toTarget()) <= 0;
    }

    /**
     * How many times harder this target is than difficulty 1 ({@link #DIFFICULTY_1}), as Bitcoin Core reports it:
     * a display figure, computed in floating point from the bits. Source: Bitcoin Core {@code GetDifficulty}.
     *
     * @throws ArithmeticException if the bits encode a zero mantissa
     */
    public double difficulty() {
        if ((bits & 0x00ffffff) == 0) {
            throw new ArithmeticException("bits " + this + " have a zero mantissa: no difficulty");
        }
        int shift = size();
        double difficulty = (double) 0x0000ffff / (double) (bits & 0x00ffffff);
        for (; shift < 29; shift++) {
            difficulty *= 256.0;
        }
        for (; shift > 29; shift--) {
            difficulty /= 256.0;
        }
        return difficulty;
    }

    /**
     * The expected number of hashes to meet this target: {@code 2^256 / (target + 1)}, rounded down; zero for
     * unusable bits. Summed over a chain, this is its chain work. Source: Bitcoin Core {@code GetBlockProof}.
     */
    public BigInteger work() {
        if (encodingProblem().isPresent()) {
            return BigInteger.ZERO;
        }
        return TWO_256.divide(toTarget().add(BigInteger.ONE));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CompactTarget c && bits == c.bits;
    }

    @Override
    public int hashCode() {
        return bits;
    }

    /** The bits in hex as explorers show them, e.g. {@code 0x1d00ffff}. */
    @Override
    public String toString() {
        return String.format("0x%08x", bits);
    }
}

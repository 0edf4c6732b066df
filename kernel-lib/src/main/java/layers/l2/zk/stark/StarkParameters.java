package layers.l2.zk.stark;

import layers.l2.zk.field.Goldilocks;

import java.nio.ByteBuffer;
import java.util.Locale;

/**
 * The knobs of the proof system and the security they buy.
 *
 * <ul>
 *   <li>{@code blowup}: the low-degree extension is this many times the trace length, so FRI's codeword has rate
 *       ρ = 1/blowup;</li>
 *   <li>{@code queries}: how many random positions the verifier checks;</li>
 *   <li>{@code grindingBits}: proof of work the prover does before the queries are drawn;</li>
 *   <li>{@code finalDegreeBound}: FRI stops folding at this degree bound and sends the rest in the clear.</li>
 * </ul>
 *
 * <p>Security, stated honestly: {@link #conjecturedSecurityBits} follows the conjectured soundness of the ethSTARK
 * Documentation (StarkWare, ePrint 2021/582), in the form the Winterfell prover computes it:
 * {@code λ = min(queries·log2(blowup) + grinding, extensionFieldBits − log2(|LDE domain|) − log2(traceLength)) − 1},
 * capped at 128 bits, the collision resistance of SHA-256. The first term is the chance that every query misses a
 * cheater's bad positions (each query passes with probability about ρ); the second is the chance of a lucky
 * challenge from a field of 2^128 elements. It is a conjecture about FRI, not a theorem (the proven bounds are
 * lower), and this educational STARK omits refinements of the papers (DEEP sampling, zero knowledge masking of the
 * trace), so read it as "a production STARK with these parameters would claim about λ bits", not as a guarantee.
 */
public record StarkParameters(int blowup, int queries, int grindingBits, int finalDegreeBound) {

    /** The parameters of the course: ~92 conjectured bits at 2^16 rows, a proof of about 200 KB. */
    public static final StarkParameters DEFAULT = new StarkParameters(8, 28, 16, 8);
    /** Small parameters for quick demonstrations and tests; about 25 conjectured bits: not secure. */
    public static final StarkParameters FAST_INSECURE = new StarkParameters(4, 8, 4, 4);

    /** Bits in the field the challenges come from: the quadratic extension of Goldilocks. */
    public static final int EXTENSION_FIELD_BITS = 128;
    /** SHA-256's collision resistance, the ceiling for anything committed with it. */
    public static final int HASH_COLLISION_BITS = 128;

    /**
     * @throws IllegalArgumentException for a blowup that is not a power of two of at least 2, fewer than 1 query,
     *                                  grinding outside 0..32 bits, or a final degree bound that is not a power of two
     */
    public StarkParameters {
        if (blowup < 2 || Integer.bitCount(blowup) != 1) {
            throw new IllegalArgumentException("the blowup must be a power of two of at least 2, not " + blowup);
        }
        if (queries < 1) {
            throw new IllegalArgumentException("a verifier must make at least one query, not " + queries);
        }
        if (grindingBits < 0 || grindingBits > 32) {
            throw new IllegalArgumentException("grinding is 0..32 bits here, not " + grindingBits);
        }
        if (finalDegreeBound < 1 || Integer.bitCount(finalDegreeBound) != 1) {
            throw new IllegalArgumentException("the final degree bound must be a power of two, not " + finalDegreeBound);
        }
    }

    /** log2 of the blowup: the bits each query contributes. */
    public int bitsPerQuery() {
        return Integer.numberOfTrailingZeros(blowup);
    }

    /** The query term: queries·log2(blowup) + grinding. */
    public int querySecurityBits() {
        return queries * bitsPerQuery() + grindingBits;
    }

    /** The field term for a trace of {@code traceLength} rows: 128 − log2(blowup·n) − log2(n). */
    public int fieldSecurityBits(int traceLength) {
        int logN = Integer.numberOfTrailingZeros(traceLength);
        return EXTENSION_FIELD_BITS - (logN + bitsPerQuery()) - logN;
    }

    /** λ as described above, for a trace of {@code traceLength} rows. */
    public int conjecturedSecurityBits(int traceLength) {
        return Math.min(HASH_COLLISION_BITS, Math.min(querySecurityBits(), fieldSecurityBits(traceLength)) - 1);
    }

    /** The computation of λ in words, e.g. for a notebook. */
    public String explainSecurity(int traceLength) {
        return String.format(Locale.ROOT, "blowup %d (%d bits per query) × %d queries + %d bits of grinding = %d bits;"
                        + " field: 128 − log2(%d) − log2(%d) = %d bits; conjectured security min(%d, %d) − 1 = %d bits"
                        + " (ethSTARK conjecture)", blowup, bitsPerQuery(), queries, grindingBits, querySecurityBits(),
                (long) blowup * traceLength, traceLength, fieldSecurityBits(traceLength), querySecurityBits(),
                fieldSecurityBits(traceLength), conjecturedSecurityBits(traceLength));
    }

    byte[] toBytes() {
        return ByteBuffer.allocate(16).putInt(blowup).putInt(queries).putInt(grindingBits).putInt(finalDegreeBound)
                .array();
    }

    /** The coset offset of the low-degree extension domain: the field's generator 7. */
    static long domainOffset() {
        return Goldilocks.GENERATOR;
    }
}

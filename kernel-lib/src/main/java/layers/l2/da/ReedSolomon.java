package layers.l2.da;

import layers.core.Verdict;
import layers.l2.zk.field.Goldilocks;
import layers.l2.zk.poly.CosetDomain;
import layers.l2.zk.poly.Ntt;

import java.util.Arrays;
import java.util.Map;

/**
 * Reed–Solomon erasure coding over the Goldilocks field with extension factor 2, one polynomial per element position
 * ("column") of the chunks. The k original chunks are the values of polynomials of degree below k at the k-th roots of
 * unity; the extension adds their values at the other k points of the 2k-th roots of unity. Any k of the 2k values fix
 * a polynomial of degree below k, so any half of the coded chunks rebuilds everything, and fewer than half cannot.
 *
 * <p>Chunks are kept in bit-reversed order of the evaluation points, as EIP-4844 keeps a blob's field elements
 * (consensus-specs, polynomial-commitments: {@code bit_reversal_permutation}): then the first k coded chunks are the
 * original chunks themselves and the last k are the parity (EIP-7594 extends each blob the same way, to twice its
 * cells). The transforms are Part V's {@link Ntt} and {@link CosetDomain}.
 */
public final class ReedSolomon {

    /** EIP-7594: the blob is extended to twice its size, so half of the extended data rebuilds it. */
    public static final int EXTENSION_FACTOR = 2;

    private ReedSolomon() {
    }

    /**
     * The 2k coded chunks of {@code data}: chunk i for i below k is {@code data[i]} unchanged, the rest is parity.
     *
     * @throws IllegalArgumentException if the number of chunks is not a power of two, chunks differ in size or are
     *                                  empty, or an element is not a field element (each names the chunk)
     */
    public static long[][] extend(long[][] data) {
        int k = data.length;
        int w = checkChunks(data);
        int n = EXTENSION_FACTOR * k;
        long[][] extended = new long[n][w];
        long[] column = new long[n];
        for (int c = 0; c < w; c++) {
            long[] values = new long[k];
            for (int i = 0; i < k; i++) {
                values[i] = data[bitReverse(i, k)][c]; // natural order: the value at ω_k^i
            }
            Ntt.inverse(values);
            Arrays.fill(column, 0);
            System.arraycopy(values, 0, column, 0, k);
            Ntt.forward(column);
            for (int p = 0; p < n; p++) {
                extended[p][c] = column[bitReverse(p, n)];
            }
        }
        return extended;
    }

    /**
     * Rebuilds all 2k coded chunks from those {@code available} (position → chunk), or says why it cannot: fewer
     * than k chunks ({@link DaRule#TOO_FEW_CHUNKS}), or chunks that no polynomial of degree below k passes through
     * ({@link DaRule#NOT_A_CODEWORD}: a publisher that encoded wrongly).
     *
     * <p>The method is the zero-polynomial trick: with E the (unknown) column polynomial and Z vanishing at the missing
     * points, {@code E·Z} is known everywhere (0 at the missing points), so interpolating it and dividing by Z on a
     * coset where Z has no zero gives E back.
     *
     * @throws IllegalArgumentException if k is not a power of two, a position is outside 0..2k−1, or a chunk is not
     *                                  {@code elementsPerChunk} field elements
     */
    public static Reconstruction reconstruct(Map<Integer, long[]> available, int originalChunks,
                                             int elementsPerChunk) {
        Ntt.log2(originalChunks);
        if (elementsPerChunk < 1) {
            throw new IllegalArgumentException("a chunk holds at least one field element, not " + elementsPerChunk);
        }
        int k = originalChunks;
        int n = EXTENSION_FACTOR * k;
        boolean[] present = new boolean[n];
        for (var e : available.entrySet()) {
            int p = e.getKey();
            if (p < 0 || p >= n) {
                throw new IllegalArgumentException("chunk position " + p + " is not in 0.." + (n - 1));
            }
            checkChunk(e.getValue(), elementsPerChunk, "chunk " + p);
            present[bitReverse(p, n)] = true;
        }
        if (available.size() < k) {
            return Reconstruction.failed(Verdict.rejected(DaRule.TOO_FEW_CHUNKS, available.size() + " of " + n
                    + " chunks available; any " + k + " rebuild the data, " + (k - available.size()) + " more needed"));
        }
        long omega = Goldilocks.rootOfUnity(Ntt.log2(n));
        long[] missingPoints = new long[n - available.size()];
        int m = 0;
        long x = 1;
        for (int i = 0; i < n; i++) {
            if (!present[i]) {
                missingPoints[m++] = x;
            }
            x = Goldilocks.mul(x, omega);
        }
        long[] z = ZeroPolynomial.of(missingPoints);
        long[] zOnSubgroup = Ntt.evaluate(Arrays.copyOf(z, n));
        CosetDomain coset = new CosetDomain(Goldilocks.GENERATOR, n);
        long[] zOnCosetInverse = Goldilocks.batchInverse(coset.evaluate(z));

        long[][] rebuilt = new long[n][elementsPerChunk];
        long[] column = new long[n];
        for (int c = 0; c < elementsPerChunk; c++) {
            for (int p = 0; p < n; p++) {
                long[] chunk = available.get(p);
                int i = bitReverse(p, n);
                column[i] = chunk == null ? 0 : Goldilocks.mul(chunk[c], zOnSubgroup[i]); // (E·Z)(ω^i)
            }
            Ntt.inverse(column);                                 // coefficients of E·Z
            long[] onCoset = coset.evaluate(column);
            for (int i = 0; i < n; i++) {
                onCoset[i] = Goldilocks.mul(onCoset[i], zOnCosetInverse[i]);
            }
            long[] e = coset.interpolate(onCoset);               // E = (E·Z) / Z, if it is a polynomial
            for (int d = k; d < n; d++) {
                if (e[d] != 0) {
                    return Reconstruction.failed(Verdict.rejected(DaRule.NOT_A_CODEWORD, "element " + c
                            + " of the chunks: the " + available.size() + " available values need degree " + d
                            + ", a codeword has degree below " + k));
                }
            }
            Ntt.forward(e);
            for (int p = 0; p < n; p++) {
                rebuilt[p][c] = e[bitReverse(p, n)];
            }
        }
        return Reconstruction.of(rebuilt, k);
    }

    /** {@code i} with its {@code log2(n)} low bits reversed. */
    public static int bitReverse(int i, int n) {
        int bits = Ntt.log2(n);
        return bits == 0 ? 0 : Integer.reverse(i) >>> (32 - bits);
    }

    private static int checkChunks(long[][] data) {
        if (data.length == 0 || Integer.bitCount(data.length) != 1) {
            throw new IllegalArgumentException("erasure coding needs a power-of-two number of chunks, not "
                    + data.length + " (pad the data with zero chunks)");
        }
        int w = data[0].length;
        if (w == 0) {
            throw new IllegalArgumentException("chunk 0 is empty: a chunk holds at least one field element");
        }
        for (int i = 0; i < data.length; i++) {
            checkChunk(data[i], w, "chunk " + i);
        }
        return w;
    }

    static void checkChunk(long[] chunk, int w, String where) {
        if (chunk.length != w) {
            throw new IllegalArgumentException(where + " has " + chunk.length + " field elements, not " + w);
        }
        for (int j = 0; j < w; j++) {
            if (!Goldilocks.isCanonical(chunk[j])) {
                throw new IllegalArgumentException(where + ", element " + j + " = " + Long.toUnsignedString(chunk[j])
                        + " is not below p = 2^64 - 2^32 + 1");
            }
        }
    }
}

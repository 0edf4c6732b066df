package layers.l2.zk.fri;

import layers.l2.zk.field.Goldilocks;
import layers.l2.zk.field.GoldilocksExt2;
import layers.l2.zk.poly.CosetDomain;

/**
 * The folding step of FRI (Ben-Sasson, Bentov, Horesh and Riabzev, "Fast Reed–Solomon Interactive Oracle Proofs of
 * Proximity", ICALP 2018). Write {@code f(x) = fe(x²) + x·fo(x²)}; then
 * <pre>  fold(f)(x²) = fe(x²) + α·fo(x²) = (f(x) + f(−x))/2 + α·(f(x) − f(−x))/(2x)</pre>
 * is a polynomial of half the degree, on a domain of half the size (the squares). If f has degree below d, the fold
 * has degree below d/2 for every α; if f is far from every such polynomial, so is the fold for almost every α.
 * Folding until the degree bound is small and sending the last codeword in full proves that f had low degree.
 *
 * <p>A codeword on a domain of size m has {@code x} at index j and {@code −x} at index j + m/2, because
 * {@code ω^(m/2) = −1}; FRI commits to the pairs (f(x), f(−x)) as one Merkle leaf, so one opening serves a fold.
 */
public final class Fri {

    private static final long TWO_INV = Goldilocks.inv(2);

    private Fri() {
    }

    /** One fold at one point: from f(x) and f(−x) to the next layer's value at x², with challenge α. */
    public static GoldilocksExt2 fold(GoldilocksExt2 fx, GoldilocksExt2 fMinusX, long x, GoldilocksExt2 alpha) {
        GoldilocksExt2 even = fx.add(fMinusX).mul(TWO_INV);
        GoldilocksExt2 odd = fx.sub(fMinusX).mul(Goldilocks.inv(Goldilocks.mul(2, x)));
        return even.add(alpha.mul(odd));
    }

    /**
     * A whole layer folded: the codeword on {@code domain} (values at offset·ω^i) to the codeword of half the length on
     * {@code domain.squared()}.
     *
     * @throws IllegalArgumentException if the codeword's length is not the domain's size
     */
    public static GoldilocksExt2[] foldLayer(GoldilocksExt2[] codeword, CosetDomain domain, GoldilocksExt2 alpha) {
        if (codeword.length != domain.size()) {
            throw new IllegalArgumentException("a codeword of " + codeword.length + " values does not fit a domain of "
                    + domain.size() + " points");
        }
        int half = codeword.length / 2;
        GoldilocksExt2[] next = new GoldilocksExt2[half];
        // 1/(2x) for x = offset·ω^j is (1/(2·offset))·ω^(−j): no inversion inside the loop.
        long inv2x = Goldilocks.inv(Goldilocks.mul(2, domain.offset()));
        long wInv = Goldilocks.inv(domain.generator());
        for (int j = 0; j < half; j++) {
            GoldilocksExt2 a = codeword[j];
            GoldilocksExt2 b = codeword[j + half];
            GoldilocksExt2 even = a.add(b).mul(TWO_INV);
            GoldilocksExt2 odd = a.sub(b).mul(inv2x);
            next[j] = even.add(alpha.mul(odd));
            inv2x = Goldilocks.mul(inv2x, wInv);
        }
        return next;
    }

    /** How many folds take the degree bound {@code degreeBound} to at most {@code finalDegreeBound}. */
    public static int layerCount(int degreeBound, int finalDegreeBound) {
        int folds = 0;
        for (int d = degreeBound; d > finalDegreeBound; d /= 2) {
            folds++;
        }
        return folds;
    }

    /** The 32-byte Merkle leaf of pair j: f(x) then f(−x). */
    static byte[] pairBytes(GoldilocksExt2 a, GoldilocksExt2 b) {
        byte[] out = new byte[2 * GoldilocksExt2.BYTES];
        a.writeBytes(out, 0);
        b.writeBytes(out, GoldilocksExt2.BYTES);
        return out;
    }

    /**
     * Whether the codeword on {@code domain} is the evaluation of a polynomial of degree below {@code degreeBound}:
     * interpolate (both coordinates) and look for a nonzero coefficient at or above the bound. Returns the first such
     * degree, or −1 if there is none.
     */
    public static int firstCoefficientAtOrAbove(GoldilocksExt2[] codeword, CosetDomain domain, int degreeBound) {
        long[] c0 = new long[codeword.length];
        long[] c1 = new long[codeword.length];
        for (int i = 0; i < codeword.length; i++) {
            c0[i] = codeword[i].c0();
            c1[i] = codeword[i].c1();
        }
        long[] p0 = domain.interpolate(c0);
        long[] p1 = domain.interpolate(c1);
        for (int k = degreeBound; k < codeword.length; k++) {
            if (p0[k] != 0 || p1[k] != 0) {
                return k;
            }
        }
        return -1;
    }
}

package layers.exercises.zk;

import layers.l2.zk.field.GoldilocksExt2;

/**
 * One FRI folding step (Ben-Sasson, Bentov, Horesh, Riabzev, ICALP 2018). Source: the course's
 * {@code layers.l2.zk.fri.Fri}.
 */
public interface FriFolding {

    /**
     * Folds a codeword on the coset {@code offset·ω^i} (i = 0..m−1, m = codeword.length, ω a primitive m-th root of
     * unity) into the codeword of length m/2 on the coset of squares {@code offset²·ω^(2j)}:
     * {@code next[j] = (f(x) + f(−x))/2 + α·(f(x) − f(−x))/(2x)} with {@code x = offset·ω^j}, {@code f(x) =
     * codeword[j]} and {@code f(−x) = codeword[j + m/2]}.
     *
     * @throws IllegalArgumentException if the length is not a power of two of at least 2
     */
    GoldilocksExt2[] foldLayer(GoldilocksExt2[] codeword, long offset, GoldilocksExt2 alpha);
}

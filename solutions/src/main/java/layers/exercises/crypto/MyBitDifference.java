package layers.exercises.crypto;

import layers.l1.crypto.Hash;

/**
 * Exercise {@code crypto.bit-difference}: count the bits in which two hashes differ.
 * Write {@link #differingBits}, then grade it: {@code ./course grade crypto.bit-difference}.
 *
 * <p>Hints:
 * <ol>
 *   <li>Two bits differ exactly where their XOR is 1, so XOR the hashes byte by byte and count the ones.</li>
 *   <li>{@code a.bytes()} and {@code b.bytes()} give the 32 bytes; {@code Integer.bitCount(x)} counts the ones of
 *       an {@code int}.</li>
 *   <li>Java's {@code byte} is signed: {@code (byte) 0xff ^ (byte) 0x00} is the {@code int} -1, which has 32 ones.
 *       Mask with {@code & 0xff} before counting.</li>
 * </ol>
 */
public class MyBitDifference implements BitDifference {

    @Override
    public int differingBits(Hash a, Hash b) {
        // BEGIN SOLUTION crypto.bit-difference
        byte[] x = a.bytes();
        byte[] y = b.bytes();
        int differing = 0;
        for (int i = 0; i < x.length; i++) {
            differing += Integer.bitCount((x[i] ^ y[i]) & 0xff);
        }
        return differing;
        // END SOLUTION
    }
}

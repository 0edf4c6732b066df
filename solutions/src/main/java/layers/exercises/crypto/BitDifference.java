package layers.exercises.crypto;

import layers.l1.crypto.Hash;

/**
 * Compares two hashes bit by bit: the measure of the avalanche effect, where changing one bit of a hash function's
 * input changes about half of the bits of its output.
 */
public interface BitDifference {

    /**
     * The number of bit positions, from 0 to 256, where {@code a} and {@code b} differ (their Hamming distance): 0 for
     * equal hashes, 256 for a hash and its complement.
     */
    int differingBits(Hash a, Hash b);
}

package layers.l2.da;

import layers.l1.crypto.Hash;

import java.util.Objects;

/**
 * What a block header carries about erasure-coded data: the Merkle root over the 2k coded chunks and the shape needed
 * to check a sample against it. Danksharding commits with KZG polynomial commitments instead (EIP-4844,
 * {@code blob_to_kzg_commitment}), which also prove that every chunk lies on one low-degree polynomial; a Merkle root
 * does not, so a wrongly encoded block is only caught when someone rebuilds it ({@link DaRule#NOT_A_CODEWORD}).
 *
 * @param root             the Merkle root (Part I's RFC 6962 tree) over the coded chunks
 * @param chunkCount       2k, the number of coded chunks
 * @param elementsPerChunk field elements in each chunk
 */
public record DataCommitment(Hash root, int chunkCount, int elementsPerChunk) {

    /**
     * @throws IllegalArgumentException if the chunk count is not an even power of two or a chunk would be empty
     */
    public DataCommitment {
        Objects.requireNonNull(root, "root");
        if (chunkCount < 2 || Integer.bitCount(chunkCount) != 1) {
            throw new IllegalArgumentException("the coded chunk count is 2k for a power of two k, not " + chunkCount);
        }
        if (elementsPerChunk < 1) {
            throw new IllegalArgumentException("a chunk holds at least one field element, not " + elementsPerChunk);
        }
    }

    /** k: how many chunks rebuild the data (half of them). */
    public int originalChunks() {
        return chunkCount / ReedSolomon.EXTENSION_FACTOR;
    }
}

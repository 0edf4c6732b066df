package layers.l2.da;

import layers.l1.crypto.Hash;
import layers.l1.merkle.MerkleTree;
import layers.l2.zk.field.Goldilocks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Data split into k chunks, extended by {@link ReedSolomon} to 2k, and committed to by a Merkle tree over the coded
 * chunks (leaf = the chunk's elements, 8 little-endian bytes each). What an honest publisher holds. Immutable.
 */
public final class ErasureCodedData {

    /** Bytes packed into one field element: 7 bytes are below 2^56, always below p, so any bytes fit. */
    public static final int BYTES_PER_ELEMENT = 7;

    private final long[][] chunks;
    private final MerkleTree tree;
    private final int byteLength;

    private ErasureCodedData(long[][] chunks, int byteLength) {
        this.chunks = chunks;
        this.byteLength = byteLength;
        List<byte[]> leaves = new ArrayList<>(chunks.length);
        for (long[] chunk : chunks) {
            leaves.add(leaf(chunk));
        }
        this.tree = MerkleTree.of(leaves);
    }

    /**
     * Encodes k data chunks (k a power of two).
     *
     * @throws IllegalArgumentException as {@link ReedSolomon#extend}
     */
    public static ErasureCodedData encode(long[][] dataChunks) {
        return new ErasureCodedData(ReedSolomon.extend(dataChunks), -1);
    }

    /**
     * Encodes bytes: 7 per field element, {@code elementsPerChunk} elements per chunk, padded with zeros to a power of
     * two number of chunks.
     *
     * @throws IllegalArgumentException if {@code elementsPerChunk} is below 1
     */
    public static ErasureCodedData fromBytes(byte[] data, int elementsPerChunk) {
        if (elementsPerChunk < 1) {
            throw new IllegalArgumentException("a chunk holds at least one field element, not " + elementsPerChunk);
        }
        int bytesPerChunk = BYTES_PER_ELEMENT * elementsPerChunk;
        int needed = Math.max(1, (data.length + bytesPerChunk - 1) / bytesPerChunk);
        int k = Integer.bitCount(needed) == 1 ? needed : Integer.highestOneBit(needed) << 1;
        long[][] chunks = new long[k][elementsPerChunk];
        for (int b = 0; b < data.length; b++) {
            int element = b / BYTES_PER_ELEMENT;
            chunks[element / elementsPerChunk][element % elementsPerChunk] |=
                    (data[b] & 0xFFL) << (8 * (b % BYTES_PER_ELEMENT));
        }
        return new ErasureCodedData(ReedSolomon.extend(chunks), data.length);
    }

    /** The bytes packed into the first {@code byteLength} bytes of k data chunks (inverse of {@link #fromBytes}). */
    public static byte[] toBytes(long[][] dataChunks, int byteLength) {
        byte[] out = new byte[byteLength];
        int w = dataChunks[0].length;
        for (int b = 0; b < byteLength; b++) {
            int element = b / BYTES_PER_ELEMENT;
            out[b] = (byte) (dataChunks[element / w][element % w] >>> (8 * (b % BYTES_PER_ELEMENT)));
        }
        return out;
    }

    /** A Merkle leaf: the chunk's elements, 8 little-endian bytes each. */
    public static byte[] leaf(long[] chunk) {
        byte[] bytes = new byte[8 * chunk.length];
        for (int j = 0; j < chunk.length; j++) {
            Goldilocks.writeBytes(chunk[j], bytes, 8 * j);
        }
        return bytes;
    }

    /** The Merkle root over {@code chunks} as {@link #leaf} encodes them. */
    public static Hash rootOf(long[][] chunks) {
        List<byte[]> leaves = new ArrayList<>(chunks.length);
        for (long[] chunk : chunks) {
            leaves.add(leaf(chunk));
        }
        return MerkleTree.root(leaves);
    }

    public DataCommitment commitment() {
        return new DataCommitment(tree.root(), chunks.length, chunks[0].length);
    }

    /** 2k. */
    public int chunkCount() {
        return chunks.length;
    }

    /** k. */
    public int originalChunks() {
        return chunks.length / ReedSolomon.EXTENSION_FACTOR;
    }

    public int elementsPerChunk() {
        return chunks[0].length;
    }

    /** The length of the bytes encoded by {@link #fromBytes}; −1 when built from chunks. */
    public int byteLength() {
        return byteLength;
    }

    /** Coded chunk {@code i}: the data itself for i below k, parity above. */
    public long[] chunk(int i) {
        return chunks[i].clone();
    }

    /** The k data chunks. */
    public long[][] dataChunks() {
        return Arrays.stream(chunks, 0, originalChunks()).map(long[]::clone).toArray(long[][]::new);
    }

    /**
     * Chunk {@code i} with its Merkle proof.
     *
     * @throws IndexOutOfBoundsException if there is no chunk {@code i}
     */
    public ChunkSample sample(int i) {
        return new ChunkSample(i, chunks[i], tree.proof(i));
    }
}

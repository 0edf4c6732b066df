package layers.l2.da;

import layers.l1.merkle.MerkleProof;

import java.util.Objects;

/**
 * One coded chunk as a publisher serves it to a sampling node: its position, its field elements, and the Merkle
 * proof that puts it under the committed root. Immutable.
 */
public record ChunkSample(int index, long[] elements, MerkleProof proof) {

    public ChunkSample {
        Objects.requireNonNull(proof, "proof");
        elements = elements.clone();
    }

    @Override
    public long[] elements() {
        return elements.clone();
    }

    /** The same sample with element {@code j} replaced (for showing that the verifier catches it). */
    public ChunkSample withElement(int j, long value) {
        long[] changed = elements.clone();
        changed[j] = value;
        return new ChunkSample(index, changed, proof);
    }

    /** The same sample claiming another position (the proof still names the old one). */
    public ChunkSample withIndex(int otherIndex) {
        return new ChunkSample(otherIndex, elements, proof);
    }

    @Override
    public String toString() {
        return "ChunkSample(" + index + ", " + elements.length + " elements)";
    }
}

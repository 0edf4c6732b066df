package layers.l2.da;

import layers.core.Verdict;
import layers.l1.merkle.MerkleTree;
import layers.l2.zk.field.Goldilocks;

/**
 * What a sampling node checks of one chunk it was served: in range, the right size, field elements, a proof for this
 * very position, and a proof that hashes to the committed root. Rules in the order they are checked.
 */
public final class SampleVerifier {

    private SampleVerifier() {
    }

    public static Verdict verify(DataCommitment commitment, ChunkSample sample) {
        int i = sample.index();
        if (i < 0 || i >= commitment.chunkCount()) {
            return Verdict.rejected(DaRule.INDEX_OUT_OF_RANGE, "chunk " + i + " of " + commitment.chunkCount());
        }
        long[] elements = sample.elements();
        if (elements.length != commitment.elementsPerChunk()) {
            return Verdict.rejected(DaRule.WRONG_CHUNK_SIZE, "chunk " + i + " has " + elements.length
                    + " elements, the commitment says " + commitment.elementsPerChunk());
        }
        for (int j = 0; j < elements.length; j++) {
            if (!Goldilocks.isCanonical(elements[j])) {
                return Verdict.rejected(DaRule.NOT_A_FIELD_ELEMENT, "chunk " + i + ", element " + j + " = "
                        + Long.toUnsignedString(elements[j]));
            }
        }
        if (sample.proof().leafIndex() != i || sample.proof().leafCount() != commitment.chunkCount()) {
            return Verdict.rejected(DaRule.PROOF_FOR_OTHER_CHUNK, "chunk " + i + " of " + commitment.chunkCount()
                    + " came with a proof for leaf " + sample.proof().leafIndex() + " of "
                    + sample.proof().leafCount());
        }
        Verdict merkle = MerkleTree.verify(ErasureCodedData.leaf(elements), sample.proof(), commitment.root());
        if (!merkle.isValid()) {
            return Verdict.rejected(DaRule.NOT_IN_COMMITMENT, "chunk " + i + ": " + merkle);
        }
        return Verdict.valid();
    }
}

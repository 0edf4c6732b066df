package layers.l2.da;

import layers.core.Rule;

/** The rules a sampled chunk and a reconstruction must keep; a rejection names one of them. */
public enum DaRule implements Rule {
    INDEX_OUT_OF_RANGE("the sampled chunk's index is not below the commitment's chunk count"),
    WRONG_CHUNK_SIZE("the chunk does not hold the commitment's number of field elements"),
    NOT_A_FIELD_ELEMENT("a chunk element is not below the Goldilocks prime p = 2^64 - 2^32 + 1"),
    PROOF_FOR_OTHER_CHUNK("the Merkle proof is for another position or another tree size than the sampled chunk"),
    NOT_IN_COMMITMENT("the chunk and its Merkle proof do not hash to the committed root"),
    CHUNK_WITHHELD("the publisher did not serve a chunk that was asked for"),
    TOO_FEW_CHUNKS("fewer than half of the extended chunks are available: the data cannot be rebuilt"),
    NOT_A_CODEWORD("the available chunks do not lie on one polynomial of degree below the original chunk count"),
    WRONG_RECONSTRUCTED_ROOT("the rebuilt chunks do not hash to the committed root");

    private final String description;

    DaRule(String description) {
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }
}

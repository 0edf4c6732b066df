package layers.l1.merkle;

import layers.core.Rule;

/** The ways a Merkle inclusion proof can fail to show that a leaf is in a tree with a given root. */
public enum MerkleRule implements Rule {
    INDEX_OUT_OF_RANGE("the leaf index is not below the number of leaves"),
    PATH_TOO_SHORT("the path has fewer steps than the leaf's depth in a tree of this size"),
    PATH_TOO_LONG("the path has more steps than the leaf's depth in a tree of this size"),
    WRONG_SIDE("a step puts the sibling on the side that the leaf's index does not give"),
    WRONG_ROOT("hashing the leaf up the path does not give the root");

    private final String description;

    MerkleRule(String description) {
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }
}

package layers.l2.zk.fri;

import layers.core.Rule;

/** The ways a FRI proof can fail to show that a committed codeword is close to a low-degree polynomial. */
public enum FriRule implements Rule {
    LAYER_MERKLE_PATH("an opened pair of a FRI layer is not in the Merkle tree whose root the prover committed to"),
    FIRST_LAYER_VALUE("the first layer's value at a query is not the value the verifier computed for that point"),
    FOLDING("a layer's value at a query is not the fold of the layer above with the verifier's challenge"),
    FINAL_VALUE("the last fold at a query does not match the final codeword the prover sent"),
    FINAL_DEGREE("the final codeword is not the evaluation of a polynomial below its degree bound");

    private final String description;

    FriRule(String description) {
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }
}

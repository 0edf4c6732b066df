package layers.l2.zk.stark;

import layers.core.Rule;

/** The ways a STARK proof can fail (FRI's own failures are {@code FriRule}s). */
public enum StarkRule implements Rule {
    MALFORMED_PROOF("the proof's bytes do not parse into a proof of the shape the parameters and the statement fix"),
    TRACE_MERKLE_PATH("an opened trace row is not in the Merkle tree whose root the prover committed to"),
    GRINDING("the proof-of-work nonce does not give the required leading zero bits"),
    CONSTRAINTS("at a queried point, the constraints combined from the opened trace rows do not give the value the"
            + " prover committed to for FRI: the trace does not satisfy the AIR for this statement");

    private final String description;

    StarkRule(String description) {
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }
}

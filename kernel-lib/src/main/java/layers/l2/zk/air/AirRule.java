package layers.l2.zk.air;

import layers.core.Rule;

/** The ways an execution trace can fail its AIR: what a prover checks before it tries to prove. */
public enum AirRule implements Rule {
    SHAPE("the trace does not have the AIR's width and length"),
    TRANSITION("a transition constraint is not zero between a row and the next"),
    BOUNDARY("a boundary constraint does not hold: a row does not hold the stated value"),
    PUBLIC_COLUMN("a public column of the trace differs from the values the verifier knows");

    private final String description;

    AirRule(String description) {
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }
}

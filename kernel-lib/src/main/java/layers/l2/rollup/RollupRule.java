package layers.l2.rollup;

import layers.core.Rule;

/** Why the L2 chain leaves a transaction out of a block (the execution layer's own rules are {@code ExecutionRule}). */
public enum RollupRule implements Rule {
    /** The message passer's ether is burnt: nobody can send from it. */
    SENDER_IS_MESSAGE_PASSER("a transaction cannot be sent from the L2-to-L1 message passer, whose ether is burnt");

    private final String description;

    RollupRule(String description) {
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }
}

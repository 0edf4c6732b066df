package layers.l2.da;

import layers.core.Rule;

/** What an attestation must keep besides its signatures ({@link layers.l2.quorum.QuorumRule}). */
public enum DacRule implements Rule {
    ATTESTS_OTHER_DATA("the committee's signatures are for other data than the batch's");

    private final String description;

    DacRule(String description) {
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }
}

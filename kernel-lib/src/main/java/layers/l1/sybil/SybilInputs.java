package layers.l1.sybil;

/**
 * The honest network and the prices an attacker pays, in any one currency unit. Whole numbers: costs are exact.
 *
 * @param honestNodes nodes run by honest participants, one identity each
 * @param costPerIdentity what one more identity costs the attacker (a virtual machine, an IP address; often about 0)
 * @param honestHashRate the honest hash rate, in any unit (e.g. TH/s)
 * @param costPerHashRate what one unit of hash rate costs the attacker for the attack's duration
 * @param honestStake the honest stake, in tokens
 * @param costPerToken what one token costs the attacker
 */
public record SybilInputs(long honestNodes, long costPerIdentity, long honestHashRate, long costPerHashRate,
                          long honestStake, long costPerToken) {

    public SybilInputs {
        if (honestNodes < 1 || honestHashRate < 1 || honestStake < 1) {
            throw new IllegalArgumentException("the honest network needs nodes, hash rate and stake, not " + honestNodes
                    + ", " + honestHashRate + ", " + honestStake);
        }
        if (costPerIdentity < 0 || costPerHashRate < 0 || costPerToken < 0) {
            throw new IllegalArgumentException("prices cannot be negative: " + costPerIdentity + ", " + costPerHashRate
                    + ", " + costPerToken);
        }
    }

    /** The honest resource a scheme weighs votes by. */
    public long honest(Scheme scheme) {
        return switch (scheme) {
            case ONE_NODE_ONE_VOTE -> honestNodes;
            case PROOF_OF_WORK -> honestHashRate;
            case PROOF_OF_STAKE -> honestStake;
        };
    }

    /** The price of one unit of that resource. */
    public long unitCost(Scheme scheme) {
        return switch (scheme) {
            case ONE_NODE_ONE_VOTE -> costPerIdentity;
            case PROOF_OF_WORK -> costPerHashRate;
            case PROOF_OF_STAKE -> costPerToken;
        };
    }
}

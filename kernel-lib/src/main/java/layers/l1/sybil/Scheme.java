package layers.l1.sybil;

/** What a vote is weighted by: identities, hash power, or stake. */
public enum Scheme {
    /** Every node has one vote; a node is only a network identity, free to multiply. */
    ONE_NODE_ONE_VOTE,
    /** Votes weigh as the hash power behind them (Bitcoin). */
    PROOF_OF_WORK,
    /** Votes weigh as the stake behind them (Ethereum, and DPoS through its voters). */
    PROOF_OF_STAKE
}

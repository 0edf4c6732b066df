package layers.l1.fees;

/** How a block's space is priced. */
public enum Mechanism {
    /**
     * Each transaction pays its own bid; the block producer takes the highest bids per unit first until the block is
     * full. Bitcoin's market (fee rate in sat/vB, block weight limit) and Ethereum's before London; here run on the
     * same gas-metered block space as EIP-1559, so the two compare like for like.
     */
    FIRST_PRICE_AUCTION,
    /** A protocol base fee per gas, burnt, adjusted by the EIP-1559 rule each block; a capped tip to the producer. */
    EIP_1559
}

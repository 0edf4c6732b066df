package layers.l2.pairs;

/**
 * One pair's numbers for one action.
 *
 * @param pair          "Ethereum + Arbitrum", …
 * @param action        what the user does
 * @param l1FeeUsd      the action done on the L1 alone
 * @param l2FeeUsd      the same action on the L2
 * @param softSeconds   until the user sees it done (the sequencer's or the channel peer's word)
 * @param batchFinalSeconds until the L1 holds the action's data in a finalized block: its place in history is fixed
 * @param l1FinalSeconds until the L1 settles the result for everyone (a rollup's state root can be used to withdraw;
 *                      for Lightning, after the channel's cooperative close is buried)
 * @param trust         what the user relies on beyond the L1
 */
public record PairOutcome(String pair, String action, double l1FeeUsd, double l2FeeUsd, double softSeconds,
                          double batchFinalSeconds, double l1FinalSeconds, String trust) {

    /** How many times cheaper the L2 is. */
    public double savingFactor() {
        return l1FeeUsd / l2FeeUsd;
    }
}

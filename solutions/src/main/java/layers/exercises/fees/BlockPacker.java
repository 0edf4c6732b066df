package layers.exercises.fees;

import java.util.List;
import java.util.Objects;
import layers.l1.fees.Gas;
import layers.l1.fees.Wei;

/**
 * How a block builder fills a block under EIP-1559: the best effective tips first, within the gas limit.
 */
public interface BlockPacker {

    /**
     * A pending transaction's bid.
     *
     * @param id             names the transaction
     * @param gas            the gas it uses
     * @param maxFee         its max fee per gas
     * @param maxPriorityFee its max priority fee per gas
     */
    record Bid(String id, Gas gas, Wei maxFee, Wei maxPriorityFee) {
        public Bid {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(gas, "gas");
            Objects.requireNonNull(maxFee, "maxFee");
            Objects.requireNonNull(maxPriorityFee, "maxPriorityFee");
        }
    }

    /**
     * The bids a builder includes, in the order it includes them: leave out every bid whose max fee is below
     * {@code baseFee}; take the rest by effective tip per gas, {@code min(maxPriorityFee, maxFee - baseFee)}, highest
     * first (equal tips keep the order of {@code pending}); add each bid whose gas still fits under
     * {@code gasLimit}, and skip one that does not fit, going on with the next.
     */
    List<Bid> pick(List<Bid> pending, Wei baseFee, Gas gasLimit);
}

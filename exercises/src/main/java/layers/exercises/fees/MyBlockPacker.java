package layers.exercises.fees;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import layers.l1.fees.Gas;
import layers.l1.fees.Wei;

/**
 * Exercise {@code fees.pick-transactions}: fill a block by effective tip under its gas limit. Write {@link #pick},
 * then grade it: {@code ./course grade fees.pick-transactions}.
 *
 * <p>Hints:
 * <ol>
 *   <li>Copy the includable bids ({@code !bid.maxFee().isLessThan(baseFee)}) into a new {@code ArrayList}.</li>
 *   <li>Sort it with a comparator on the effective tip, reversed:
 *       {@code Comparator.comparing((Bid b) -> tip(b, baseFee)).reversed()}. {@code List.sort} is stable, so equal
 *       tips keep their order.</li>
 *   <li>Keep a running {@code Gas used}; add a bid when {@code used.plus(bid.gas())} is not greater than the limit,
 *       and otherwise skip it and go on: a smaller bid further down may still fit.</li>
 * </ol>
 */
public class MyBlockPacker implements BlockPacker {

    @Override
    public List<Bid> pick(List<Bid> pending, Wei baseFee, Gas gasLimit) {
        throw new UnsupportedOperationException("exercise fees.pick-transactions: not written yet — see the hints above");
    }
}

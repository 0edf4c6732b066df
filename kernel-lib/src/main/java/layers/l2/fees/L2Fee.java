package layers.l2.fees;

import java.util.Objects;
import layers.l1.fees.Usd;
import layers.l1.fees.Wei;

/**
 * What one L2 transaction pays: its execution on L2 and its share of the L1 cost of posting its batch.
 *
 * @param execution L2 gas used times the L2 base fee plus tip
 * @param l1Data    the batch's L1 posting cost divided among its transactions (rounded up)
 */
public record L2Fee(Wei execution, Wei l1Data) {

    public L2Fee {
        Objects.requireNonNull(execution, "execution");
        Objects.requireNonNull(l1Data, "l1Data");
    }

    public Wei total() {
        return execution.plus(l1Data);
    }

    /** The total in dollars at {@code ethPrice}, rounded down to the cent. */
    public Usd totalUsd(Usd ethPrice) {
        return Usd.ofEther(total(), ethPrice);
    }

    /** The total in dollars, for charts and tables (sub-cent precision); never compute with it. */
    public double totalDollars(Usd ethPrice) {
        return total().toEther() * ethPrice.toDollars();
    }

    /** The L1 share in dollars, for charts and tables; never compute with it. */
    public double l1DataDollars(Usd ethPrice) {
        return l1Data.toEther() * ethPrice.toDollars();
    }
}

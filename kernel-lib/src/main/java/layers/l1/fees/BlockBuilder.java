package layers.l1.fees;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Fills a block from the mempool: the includable transactions in order of effective tip (under a first-price
 * auction, of bid), each taken if it still fits the block's gas limit. Like real builders it gives up on the rest
 * once the block has less room than the smallest transaction, or after {@link #MAX_SKIPS} transactions in a row that
 * did not fit (a bound on the work per block; the simulation's transactions come in a few sizes, so it rarely bites).
 */
final class BlockBuilder {

    static final int MAX_SKIPS = 256;

    private BlockBuilder() {
    }

    /** The transactions of the next block, removed from {@code pool}. */
    static List<PendingTx> build(Mempool pool, long gasLimit, long minGas) {
        List<PendingTx> chosen = new ArrayList<>();
        long left = gasLimit;
        int skips = 0;
        Iterator<PendingTx> it = pool.byEffectiveTip();
        while (it.hasNext() && left >= minGas && skips < MAX_SKIPS) {
            PendingTx tx = it.next();
            if (tx.gas <= left) {
                chosen.add(tx);
                left -= tx.gas;
                skips = 0;
            } else {
                skips++;
            }
        }
        for (PendingTx tx : chosen) {
            pool.remove(tx);
        }
        return chosen;
    }
}

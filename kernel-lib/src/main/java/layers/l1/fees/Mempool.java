package layers.l1.fees;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.TreeSet;

/**
 * The pending transactions, kept so that a builder can walk them in order of EIP-1559's effective tip
 * {@code min(max_priority_fee, max_fee - base_fee)} without sorting the pool every block. The pool is split by the
 * current base fee {@code b} into three parts:
 * <ul>
 *   <li>A, tip-limited ({@code max_fee - max_priority_fee >= b}): the tip is the max priority fee;</li>
 *   <li>B, fee-cap-limited ({@code b <= max_fee < b + max_priority_fee}): the tip is {@code max_fee - b}, so the
 *       order is that of the max fee;</li>
 *   <li>C, priced out ({@code max_fee < b}): cannot be included until the base fee falls.</li>
 * </ul>
 * Within A and within B the order does not depend on {@code b}; when the base fee moves, only the transactions that
 * cross a boundary move, each in logarithmic time. Ties go to the earlier arrival.
 */
final class Mempool {

    static final byte NONE = -1;
    static final byte TIP_LIMITED = 0;
    static final byte FEE_CAP_LIMITED = 1;
    static final byte PRICED_OUT = 2;

    // Written out rather than composed from Comparator.comparingLong: these run millions of times per simulation.
    private static final Comparator<PendingTx> PRIORITY_DESC = (x, y) -> {
        int c = Long.compare(y.maxPriorityFee, x.maxPriorityFee);
        return c != 0 ? c : Long.compare(x.id, y.id);
    };
    private static final Comparator<PendingTx> MAX_FEE_DESC = (x, y) -> {
        int c = Long.compare(y.maxFee, x.maxFee);
        return c != 0 ? c : Long.compare(x.id, y.id);
    };
    private static final Comparator<PendingTx> THRESHOLD_ASC = (x, y) -> {
        int c = Long.compare(x.threshold(), y.threshold());
        return c != 0 ? c : Long.compare(x.id, y.id);
    };
    private static final Comparator<PendingTx> THRESHOLD_DESC = (x, y) -> {
        int c = Long.compare(y.threshold(), x.threshold());
        return c != 0 ? c : Long.compare(x.id, y.id);
    };

    private final TreeSet<PendingTx> aByTip = new TreeSet<>(PRIORITY_DESC);
    private final TreeSet<PendingTx> aByThreshold = new TreeSet<>(THRESHOLD_ASC);
    private final TreeSet<PendingTx> bByMaxFee = new TreeSet<>(MAX_FEE_DESC);
    private final TreeSet<PendingTx> bByThreshold = new TreeSet<>(THRESHOLD_DESC);
    private final TreeSet<PendingTx> cByMaxFee = new TreeSet<>(MAX_FEE_DESC);
    private long baseFee;

    Mempool(long baseFee) {
        this.baseFee = checkFee(baseFee);
    }

    long baseFee() {
        return baseFee;
    }

    int size() {
        return aByTip.size() + bByMaxFee.size() + cByMaxFee.size();
    }

    /** Pending transactions whose max fee is below the base fee. */
    int pricedOut() {
        return cByMaxFee.size();
    }

    /** Pending transactions whose max fee is below {@code price} (for a first-price auction's clearing price). */
    int countBelow(long price) {
        int n = 0;
        for (TreeSet<PendingTx> part : List.of(aByTip, bByMaxFee, cByMaxFee)) {
            for (PendingTx t : part) {
                if (t.maxFee < price) {
                    n++;
                }
            }
        }
        return n;
    }

    boolean contains(PendingTx tx) {
        return tx.part != NONE;
    }

    void add(PendingTx tx) {
        if (tx.part != NONE) {
            throw new IllegalArgumentException(tx + " is already pending");
        }
        place(tx);
    }

    void remove(PendingTx tx) {
        switch (tx.part) {
            case TIP_LIMITED -> {
                aByTip.remove(tx);
                aByThreshold.remove(tx);
            }
            case FEE_CAP_LIMITED -> {
                bByMaxFee.remove(tx);
                bByThreshold.remove(tx);
            }
            case PRICED_OUT -> cByMaxFee.remove(tx);
            default -> throw new IllegalArgumentException(tx + " is not pending");
        }
        tx.part = NONE;
    }

    /** Moves to a new base fee: only the transactions that cross a part's boundary move. */
    void setBaseFee(long newBaseFee) {
        checkFee(newBaseFee);
        long old = baseFee;
        baseFee = newBaseFee;
        if (newBaseFee > old) {
            while (!aByThreshold.isEmpty() && aByThreshold.first().threshold() < newBaseFee) {
                PendingTx t = aByThreshold.first();
                remove(t);
                place(t);
            }
            while (!bByMaxFee.isEmpty() && bByMaxFee.last().maxFee < newBaseFee) {
                PendingTx t = bByMaxFee.last();
                remove(t);
                place(t);
            }
        } else if (newBaseFee < old) {
            while (!cByMaxFee.isEmpty() && cByMaxFee.first().maxFee >= newBaseFee) {
                PendingTx t = cByMaxFee.first();
                remove(t);
                place(t);
            }
            while (!bByThreshold.isEmpty() && bByThreshold.first().threshold() >= newBaseFee) {
                PendingTx t = bByThreshold.first();
                remove(t);
                place(t);
            }
        }
    }

    private void place(PendingTx tx) {
        if (tx.threshold() >= baseFee) {
            tx.part = TIP_LIMITED;
            aByTip.add(tx);
            aByThreshold.add(tx);
        } else if (tx.maxFee >= baseFee) {
            tx.part = FEE_CAP_LIMITED;
            bByMaxFee.add(tx);
            bByThreshold.add(tx);
        } else {
            tx.part = PRICED_OUT;
            cByMaxFee.add(tx);
        }
    }

    /** The includable transactions (max fee at least the base fee), highest effective tip first. */
    Iterator<PendingTx> byEffectiveTip() {
        return new Iterator<>() {
            private final Iterator<PendingTx> a = aByTip.iterator();
            private final Iterator<PendingTx> b = bByMaxFee.iterator();
            private PendingTx nextA = a.hasNext() ? a.next() : null;
            private PendingTx nextB = b.hasNext() ? b.next() : null;

            @Override
            public boolean hasNext() {
                return nextA != null || nextB != null;
            }

            @Override
            public PendingTx next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                boolean takeA = nextB == null || (nextA != null && (nextA.effectiveTip(baseFee) > nextB.effectiveTip(baseFee)
                        || (nextA.effectiveTip(baseFee) == nextB.effectiveTip(baseFee) && nextA.id < nextB.id)));
                PendingTx out;
                if (takeA) {
                    out = nextA;
                    nextA = a.hasNext() ? a.next() : null;
                } else {
                    out = nextB;
                    nextB = b.hasNext() ? b.next() : null;
                }
                return out;
            }
        };
    }

    /** Every pending transaction, in no particular order (for tests). */
    List<PendingTx> all() {
        List<PendingTx> out = new ArrayList<>(aByTip);
        out.addAll(bByMaxFee);
        out.addAll(cByMaxFee);
        return out;
    }

    private static long checkFee(long fee) {
        if (fee < 0) {
            throw new IllegalArgumentException("a base fee cannot be negative: " + fee);
        }
        return fee;
    }
}

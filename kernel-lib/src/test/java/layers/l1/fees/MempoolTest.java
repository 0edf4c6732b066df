package layers.l1.fees;

import layers.l1.network.SimRandom;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The mempool's three parts give the same order as sorting the pool by effective tip, whatever the base fee does. */
class MempoolTest {

    @Test
    void theOrderIsThatOfSortingByEffectiveTipAsTheBaseFeeMoves() {
        SimRandom random = new SimRandom(7);
        Mempool pool = new Mempool(50);
        List<PendingTx> live = new ArrayList<>();
        long id = 0;
        for (int round = 0; round < 60; round++) {
            for (int i = 0; i < 40; i++) {
                long maxFee = 1 + random.nextInt(200);
                long tip = random.nextInt((int) maxFee + 1);
                PendingTx t = new PendingTx(id++, 0, 0, 21_000, maxFee, tip, 0);
                pool.add(t);
                live.add(t);
            }
            for (int i = 0; i < 10 && !live.isEmpty(); i++) {
                pool.remove(live.remove(random.nextInt(live.size())));
            }
            long baseFee = random.nextInt(220);
            pool.setBaseFee(baseFee);
            assertEquals(expectedOrder(live, baseFee), actualOrder(pool), "round " + round + ", base fee " + baseFee);
            assertEquals(live.stream().filter(t -> t.maxFee < baseFee).count(), pool.pricedOut());
            assertEquals(live.size(), pool.size());
        }
    }

    private static List<Long> expectedOrder(List<PendingTx> live, long baseFee) {
        return live.stream().filter(t -> t.maxFee >= baseFee)
                .sorted(Comparator.<PendingTx>comparingLong(t -> -t.effectiveTip(baseFee)).thenComparingLong(t -> t.id))
                .map(t -> t.id).toList();
    }

    private static List<Long> actualOrder(Mempool pool) {
        List<Long> ids = new ArrayList<>();
        for (Iterator<PendingTx> it = pool.byEffectiveTip(); it.hasNext(); ) {
            ids.add(it.next().id);
        }
        return ids;
    }

    @Test
    void theBuilderTakesTheBestTipsThatFitAndSkipsWhatDoesNot() {
        Mempool pool = new Mempool(10);
        PendingTx big = new PendingTx(0, 0, 0, 150_000, 100, 50, 0);  // best tip, too big once the block is nearly full
        PendingTx a = new PendingTx(1, 0, 0, 21_000, 100, 40, 0);
        PendingTx b = new PendingTx(2, 0, 0, 21_000, 100, 30, 0);
        PendingTx poor = new PendingTx(3, 0, 0, 21_000, 9, 9, 0);     // max fee below the base fee
        for (PendingTx t : List.of(big, a, b, poor)) {
            pool.add(t);
        }
        List<PendingTx> block = BlockBuilder.build(pool, 180_000, 21_000);
        assertEquals(List.of(big, a), block, "150,000 + 21,000 fit in 180,000; another 21,000 would not");
        assertEquals(2, pool.size());
        assertTrue(pool.contains(b) && pool.contains(poor));
        assertEquals(1, pool.pricedOut());
    }
}

package layers.exercises.fees;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import layers.exercises.fees.BlockPacker.Bid;
import layers.grading.GradedExercise;
import layers.grading.Hidden;
import layers.grading.Implementation;
import layers.grading.Points;
import layers.l1.fees.Gas;
import layers.l1.fees.Wei;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@GradedExercise(
        id = "fees.pick-transactions",
        title = "Fill a block by effective tip",
        contract = BlockPacker.class,
        statement = """
                A block builder earns the tips, so it takes the best ones first. Write \
                `pick(pending, baseFee, gasLimit)`: leave out every bid whose max fee is below the base fee; order \
                the rest by effective tip per gas, `min(maxPriorityFee, maxFee - baseFee)`, highest first (equal \
                tips keep their order in `pending`); then walk down that order and add each bid whose gas still \
                fits under the gas limit, skipping one that does not fit and going on. Return the included bids in \
                the order they were added.""",
        hints = {
            "Copy the includable bids into a new `ArrayList`.",
            "Sort by effective tip, reversed; `List.sort` is stable, so equal tips keep their order.",
            "Keep a running total of gas; skip a bid that would exceed the limit and go on: a smaller one may fit."
        })
class BlockPackerTest {

    private final BlockPacker packer = Implementation.of(BlockPacker.class);

    private static Bid bid(String id, long gas, long maxFeeGwei, long maxPriorityGwei) {
        return new Bid(id, Gas.of(gas), Wei.gwei(maxFeeGwei), Wei.gwei(maxPriorityGwei));
    }

    private static List<String> ids(List<Bid> bids) {
        return bids.stream().map(Bid::id).toList();
    }

    @Test
    @Points(1)
    @DisplayName("highest effective tip first")
    void highestTipFirst() {
        List<Bid> pending = List.of(bid("a", 21_000, 100, 1), bid("b", 21_000, 100, 3), bid("c", 21_000, 100, 2));
        assertEquals(List.of("b", "c", "a"), ids(packer.pick(pending, Wei.gwei(10), Gas.millions(30))),
                "tips a=1, b=3, c=2 Gwei, base fee 10 Gwei");
    }

    @Test
    @Points(1)
    @DisplayName("leaves out bids below the base fee")
    void leavesOutPricedOut() {
        List<Bid> pending = List.of(bid("low", 21_000, 9, 5), bid("ok", 21_000, 10, 5));
        assertEquals(List.of("ok"), ids(packer.pick(pending, Wei.gwei(10), Gas.millions(30))),
                "max fees 9 and 10 Gwei, base fee 10 Gwei");
    }

    @Test
    @Points(2)
    @DisplayName("ranks by the effective tip, not the max priority fee")
    void effectiveTip() {
        // "greedy" offers a 50 Gwei tip but has only 12 - 10 = 2 Gwei of headroom; "modest" really tips 3.
        List<Bid> pending = List.of(bid("greedy", 21_000, 12, 50), bid("modest", 21_000, 100, 3));
        assertEquals(List.of("modest", "greedy"), ids(packer.pick(pending, Wei.gwei(10), Gas.millions(30))),
                "greedy (max 12, tip 50) and modest (max 100, tip 3), base fee 10 Gwei");
    }

    @Test
    @Points(2)
    @DisplayName("skips a bid that does not fit and goes on with smaller ones")
    void skipsWhatDoesNotFit() {
        List<Bid> pending = List.of(bid("big", 100_000, 100, 5), bid("huge", 200_000, 100, 4),
                bid("small", 21_000, 100, 3));
        assertEquals(List.of("big", "small"), ids(packer.pick(pending, Wei.gwei(10), Gas.of(150_000))),
                "big 100k gas, huge 200k gas, small 21k gas, limit 150k");
    }

    @Test
    @Hidden
    @Points(1)
    @DisplayName("equal tips keep their order; a bid that exactly fills the block is included")
    void tiesAndExactFit() {
        List<Bid> pending = List.of(bid("x", 50_000, 100, 2), bid("y", 50_000, 100, 2), bid("z", 50_000, 100, 2));
        assertEquals(List.of("x", "y"), ids(packer.pick(pending, Wei.gwei(10), Gas.of(100_000))),
                "three 50k-gas bids tipping 2 Gwei each, limit 100k");
    }

    @Test
    @Hidden
    @Points(1)
    @DisplayName("400 seeded random bids under a 3M-gas limit")
    void seededBids() {
        Random random = new Random(7);
        List<Bid> pending = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            pending.add(new Bid("t" + i, Gas.of(21_000 + random.nextInt(200_000)),
                    Wei.gwei(1 + random.nextInt(60)), Wei.gwei(random.nextInt(6))));
        }
        Wei base = Wei.gwei(25);
        List<Bid> sorted = new ArrayList<>(pending.stream().filter(b -> !b.maxFee().isLessThan(base)).toList());
        sorted.sort((p, q) -> q.maxPriorityFee().min(q.maxFee().minus(base))
                .compareTo(p.maxPriorityFee().min(p.maxFee().minus(base))));
        List<String> expected = new ArrayList<>();
        long used = 0;
        for (Bid b : sorted) {
            if (used + b.gas().value() <= 3_000_000) {
                expected.add(b.id());
                used += b.gas().value();
            }
        }
        assertEquals(expected, ids(packer.pick(pending, base, Gas.millions(3))), "400 bids seeded by 7, base 25 Gwei");
    }
}

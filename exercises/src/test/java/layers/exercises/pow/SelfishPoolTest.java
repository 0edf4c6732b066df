package layers.exercises.pow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import layers.grading.GradedExercise;
import layers.grading.Implementation;
import layers.grading.Points;
import layers.l1.pow.SelfishMiner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@GradedExercise(
        id = "pow.selfish-mining",
        title = "Selfish mining as a state machine",
        contract = SelfishPool.class,
        statement = """
                Eyal and Sirer's selfish pool keeps the blocks it finds private and publishes them only to orphan \
                the other miners' work. Write its state machine (their Algorithm 1). The state is the pool's \
                `lead` over the public chain, plus a race (state 0') in which two public branches of one block \
                compete. `poolFoundBlock()`: in a race the pool wins it (+2 pool revenue, race over); otherwise \
                lead + 1. `othersFoundBlock(onPoolBranch)`: in a race, +1 pool and +1 others if the block was \
                mined on the pool's branch, else +2 others, and the race is over; at lead 0, +1 others; at lead \
                1, the pool publishes and a race starts (lead 0); at lead 2, the pool publishes both blocks and \
                wins (+2 pool, lead 0); at lead 3 or more, it publishes one (+1 pool, lead − 1).""",
        hints = {
            "Four fields are enough: an `int` lead, a `boolean` for the race (state 0'), and two `long` revenue "
                    + "counters.",
            "In `poolFoundBlock`, handle the race first: it is the only case where the pool's own block settles "
                    + "anything.",
            "In `othersFoundBlock`, handle the race first as well, then the lead: 0, 1, 2, and more than 2. Each case "
                    + "is one or two lines."
        })
class SelfishPoolTest {

    private final SelfishPool pool = Implementation.of(SelfishPool.class);

    private void assertState(String after, int lead, boolean racing, long poolRevenue, long othersRevenue) {
        assertEquals(lead, pool.lead(), "lead after " + after);
        assertEquals(racing, pool.racing(), "racing after " + after);
        assertEquals(poolRevenue, pool.poolRevenue(), "poolRevenue after " + after);
        assertEquals(othersRevenue, pool.othersRevenue(), "othersRevenue after " + after);
    }

    private void poolFinds(int blocks) {
        for (int i = 0; i < blocks; i++) {
            pool.poolFoundBlock();
        }
    }

    @Test
    @Points(1)
    @DisplayName("the pool keeps its blocks private, and adopts the others' when it has none")
    void keepsBlocksPrivate() {
        assertState("nothing", 0, false, 0, 0);
        pool.othersFoundBlock(false);
        assertState("others found a block at lead 0", 0, false, 0, 1);
        poolFinds(3);
        assertState("others found a block at lead 0, then the pool found 3", 3, false, 0, 1);
    }

    @Test
    @Points(1)
    @DisplayName("at lead 1, the others' block starts a race")
    void leadOneStartsARace() {
        poolFinds(1);
        pool.othersFoundBlock(false);
        assertState("the pool found 1, then the others 1", 0, true, 0, 0);
    }

    @Test
    @Points(2)
    @DisplayName("each way a race can end")
    void raceOutcomes() {
        poolFinds(1);
        pool.othersFoundBlock(false);
        pool.poolFoundBlock();
        assertState("a race the pool settled by finding the next block", 0, false, 2, 0);
        pool.poolFoundBlock();
        pool.othersFoundBlock(false);
        pool.othersFoundBlock(true);
        assertState("then a race the others settled on the pool's branch", 0, false, 3, 1);
        pool.poolFoundBlock();
        pool.othersFoundBlock(false);
        pool.othersFoundBlock(false);
        assertState("then a race the others settled on their own branch", 0, false, 3, 3);
    }

    @Test
    @Points(1)
    @DisplayName("at lead 2, the pool publishes both blocks and wins outright")
    void leadTwoWinsOutright() {
        poolFinds(2);
        pool.othersFoundBlock(false);
        assertState("the pool found 2, then the others 1", 0, false, 2, 0);
    }

    @Test
    @Points(1)
    @DisplayName("from lead 3 on, the pool publishes one block for each of the others'")
    void leadThreeOrMorePublishesOne() {
        poolFinds(4);
        pool.othersFoundBlock(false);
        assertState("the pool found 4, then the others 1", 3, false, 1, 0);
        pool.othersFoundBlock(true);
        assertState("the pool found 4, then the others 2", 2, false, 2, 0);
        pool.othersFoundBlock(false);
        assertState("the pool found 4, then the others 3", 0, false, 4, 0);
        assertFalse(pool.racing(), "racing after a lead of 2 was published");
    }
}

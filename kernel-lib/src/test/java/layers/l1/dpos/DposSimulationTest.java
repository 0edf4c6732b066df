package layers.l1.dpos;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DposSimulationTest {

    private static List<Ballot> threeCandidates() {
        return List.of(new Ballot("v1", 500, "alpha"), new Ballot("v2", 300, "beta"), new Ballot("v3", 200, "gamma"),
                new Ballot("v4", 100, "delta"));
    }

    @Test
    void anOfflineProducerMissesItsWholeTurn() {
        DposSimulation sim = new DposSimulation(new DposParams("test", 3, 12, 500), threeCandidates()).offline("beta", 2, 2);
        Table rounds = sim.run(3);
        assertEquals(List.of(0L, 12L, 0L), rounds.longColumn("blocksMissed").asList());
        Table round2 = sim.roundTable(2);
        assertEquals("beta", round2.stringColumn("producer").get(1));
        assertEquals(12L, round2.longColumn("missed").get(1));
        assertEquals(24L, rounds.longColumn("blocksProduced").get(1));
    }

    @Test
    void aVoteChangeBetweenRoundsChangesWhoProduces() {
        DposSimulation sim = new DposSimulation(new DposParams("test", 3, 1, 500), threeCandidates())
                .changeVote(2, new Ballot("v1", 500, "delta"));
        sim.run(2);
        assertEquals(List.of("alpha", "beta", "gamma"), sim.roundTable(1).stringColumn("producer").asList());
        assertEquals(List.of("delta", "beta", "gamma"), sim.roundTable(2).stringColumn("producer").asList());
    }

    @Test
    void eosElects21ProducersWhoseVotesAreConcentrated() {
        DposSimulation eos = new DposSimulation(DposParams.EOS, DposSimulation.randomBallots(2000, 40, 7));
        Table t = eos.run(1);
        assertEquals(21, t.intColumn("producers").get(0));
        assertEquals(252L, t.longColumn("blocksProduced").get(0));
        assertTrue(t.intColumn("nakamotoThird").get(0) < 8, "votes are more concentrated than equal shares");
        assertTrue(t.doubleColumn("giniOfVotes").get(0) > 0.3);
    }

    @Test
    void theSameSeedGivesTheSameRounds() {
        Table a = new DposSimulation(DposParams.TRON, DposSimulation.randomBallots(500, 40, 3)).offline("bp01", 1, 1).run(2);
        Table b = new DposSimulation(DposParams.TRON, DposSimulation.randomBallots(500, 40, 3)).offline("bp01", 1, 1).run(2);
        assertEquals(a.print(), b.print());
    }
}

package layers.l1.dpos;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DposTest {

    @Test
    void votesAreWeightedByTokens() {
        Map<String, Long> votes = Dpos.tally(List.of(new Ballot("alice", 100, "bp1"), new Ballot("bob", 30, "bp2"),
                new Ballot("carol", 50, "bp2")));
        assertEquals(Map.of("bp1", 100L, "bp2", 80L), votes);
    }

    @Test
    void theCandidatesWithTheMostVotesAreElectedMostFirst() {
        Map<String, Long> votes = Map.of("a", 5L, "b", 50L, "c", 20L, "d", 40L);
        assertEquals(List.of("b", "d", "c"), Dpos.electProducers(votes, 3));
    }

    @Test
    void equalVotesAreBrokenByName() {
        Map<String, Long> votes = Map.of("zed", 10L, "amy", 10L, "kim", 10L);
        assertEquals(List.of("amy", "kim"), Dpos.electProducers(votes, 2));
    }

    @Test
    void candidatesWithoutVotesAreNotElected() {
        assertEquals(List.of("a"), Dpos.electProducers(Map.of("a", 3L, "b", 0L), 21));
    }

    @Test
    void eosRoundsAre252BlocksIn126Seconds() {
        assertEquals(252, DposParams.EOS.blocksPerRound());
        assertEquals(126_000, DposParams.EOS.roundMillis());
        assertEquals(81_000, DposParams.TRON.roundMillis());
    }

    @Test
    void misuseIsNamed() {
        assertEquals("the number of producers to elect must be 1 or more, was 0",
                assertThrows(IllegalArgumentException.class, () -> Dpos.electProducers(Map.of(), 0)).getMessage());
        assertEquals("a ballot's tokens cannot be negative: eve has -5",
                assertThrows(IllegalArgumentException.class, () -> new Ballot("eve", -5, "bp1")).getMessage());
    }
}

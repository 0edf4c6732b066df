package layers.exercises.dpos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import layers.grading.GradedExercise;
import layers.grading.Hidden;
import layers.grading.Implementation;
import layers.grading.Points;
import layers.l1.dpos.Dpos;
import layers.l1.dpos.DposSimulation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@GradedExercise(
        id = "dpos.elect",
        title = "Elect the block producers",
        contract = ProducerElection.class,
        statement = """
                In delegated proof of stake, token holders vote for candidates, each ballot weighted by its \
                tokens, and the `n` candidates with the most votes become the block producers (EOS elects 21). \
                Write `elect`, which takes each candidate's votes and returns the `n` elected, the most votes \
                first. Equal votes go to the name that sorts first, so that every node, whatever order its map \
                is in, elects the same producers in the same order. A candidate with 0 votes is never elected. \
                Throw `IllegalArgumentException` for `n < 1` or negative votes, and leave the map as it was.""",
        hints = {
            "Check `n` and every candidate's votes first, and copy the candidates that have votes into a new "
                    + "`ArrayList`: the caller's map must not change (it may not even be changeable).",
            "Sort with one comparator that says everything: votes descending, then name ascending, for example "
                    + "`Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue).reversed()"
                    + ".thenComparing(Map.Entry::getKey)`.",
            "Never compare votes by subtracting them as `int`s: 5 billion minus 1 billion does not fit in an `int`. "
                    + "`Long.compare` is always right. Keep the first `n` names: `limit(n)` on a stream, or "
                    + "`subList(0, Math.min(n, size))`."
        })
class ProducerElectionTest {

    private final ProducerElection election = Implementation.of(ProducerElection.class);

    /** Votes in the order given, which is not name order: a result that follows map order shows it. */
    private static Map<String, Long> votes(Object... nameThenVotes) {
        Map<String, Long> votes = new LinkedHashMap<>();
        for (int i = 0; i < nameThenVotes.length; i += 2) {
            votes.put((String) nameThenVotes[i], ((Number) nameThenVotes[i + 1]).longValue());
        }
        return votes;
    }

    @Test
    @Points(1)
    @DisplayName("elects the candidates with the most votes, most first")
    void electsTheTop() {
        Map<String, Long> votes = votes("carol", 300, "alice", 100, "erin", 500, "bob", 200, "dave", 400);
        assertEquals(List.of("erin", "dave", "carol"), election.elect(votes, 3),
                "elect 3 of {carol=300, alice=100, erin=500, bob=200, dave=400}");
    }

    @Test
    @Points(2)
    @DisplayName("equal votes go to the name that sorts first")
    void tiesGoToTheFirstName() {
        Map<String, Long> votes = votes("zed", 700, "mia", 700, "bea", 900, "ann", 700, "kim", 100);
        assertEquals(List.of("bea", "ann", "mia"), election.elect(votes, 3),
                "elect 3 of {zed=700, mia=700, bea=900, ann=700, kim=100}");
    }

    @Test
    @Points(1)
    @DisplayName("a candidate without votes is not elected, so fewer than n may come back")
    void noVotesNoSeat() {
        Map<String, Long> votes = votes("bp02", 0, "bp01", 5, "bp00", 0, "bp03", 8);
        assertEquals(List.of("bp03", "bp01"), election.elect(votes, 21),
                "elect 21 of {bp02=0, bp01=5, bp00=0, bp03=8}");
        assertEquals(List.of(), election.elect(Map.of(), 21), "elect 21 of no candidates");
    }

    @Test
    @Points(1)
    @DisplayName("n below 1 and negative votes are IllegalArgumentExceptions")
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> election.elect(votes("bp00", 10), 0),
                "elect 0 of {bp00=10}");
        assertThrows(IllegalArgumentException.class, () -> election.elect(votes("bp00", 10, "bp01", -1), 1),
                "elect 1 of {bp00=10, bp01=-1}");
    }

    @Test
    @Points(2)
    @DisplayName("elects EOS's 21 from 2,000 seeded ballots over 40 candidates")
    void electsTwentyOneFromSeededBallots() {
        Map<String, Long> votes = Dpos.tally(DposSimulation.randomBallots(2_000, 40, 7));
        assertEquals(Dpos.electProducers(votes, 21), election.elect(votes, 21),
                "elect 21 from DposSimulation.randomBallots(2000, 40, 7)");
    }

    @Test
    @Hidden
    @Points(1)
    @DisplayName("votes beyond the range of an int are ordered right")
    void ordersVotesBeyondInt() {
        Map<String, Long> votes = votes("small", 1_000_000_000L, "whale", 5_000_000_000L, "mid", 3_000_000_000L,
                "tiny", 1L);
        assertEquals(List.of("whale", "mid", "small", "tiny"), election.elect(votes, 4),
                "elect 4 of {small=1e9, whale=5e9, mid=3e9, tiny=1}");
    }

    @Test
    @Hidden
    @Points(1)
    @DisplayName("an unchangeable map is read, not changed; the same votes in any order elect the same")
    void leavesTheMapAlone() {
        Map<String, Long> fixed = Map.of("bp00", 40L, "bp01", 0L, "bp02", 40L, "bp03", 10L, "bp04", 40L);
        assertEquals(List.of("bp00", "bp02", "bp04", "bp03"), election.elect(fixed, 5),
                "elect 5 of Map.of(bp00=40, bp01=0, bp02=40, bp03=10, bp04=40)");
        Map<String, Long> reversed = votes("bp04", 40, "bp03", 10, "bp02", 40, "bp01", 0, "bp00", 40);
        assertEquals(List.of("bp00", "bp02"), election.elect(reversed, 2),
                "elect 2 of {bp04=40, bp03=10, bp02=40, bp01=0, bp00=40}");
    }
}

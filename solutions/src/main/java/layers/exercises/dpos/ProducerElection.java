package layers.exercises.dpos;

import java.util.List;
import java.util.Map;

/**
 * Delegated proof of stake's election: the candidates with the most token-weighted votes become the block producers
 * (EOS elects 21, Tron 27).
 */
public interface ProducerElection {

    /**
     * The {@code n} candidates with the most votes, the most votes first. Equal votes are ordered by name, the name
     * that sorts first ({@link String#compareTo}) first, so the result never depends on the order of the map.
     * Candidates with 0 votes are never elected, so fewer than {@code n} names come back when fewer than {@code n}
     * candidates have votes. {@code votes} is left as it was.
     *
     * @param votes each candidate's votes: the tokens of the ballots that name it
     * @param n how many producers to elect
     * @throws IllegalArgumentException if {@code n < 1} or a candidate has negative votes, naming the value
     */
    List<String> elect(Map<String, Long> votes, int n);
}

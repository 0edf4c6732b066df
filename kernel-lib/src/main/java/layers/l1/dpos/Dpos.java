package layers.l1.dpos;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Delegated proof of stake's election: token holders vote, the candidates with the most votes produce the blocks. */
public final class Dpos {

    private Dpos() {
    }

    /** The votes of each candidate: the sum of the tokens on its ballots, candidates in name order. */
    public static Map<String, Long> tally(Collection<Ballot> ballots) {
        Map<String, Long> votes = new TreeMap<>();
        for (Ballot b : ballots) {
            votes.merge(b.candidate(), b.tokens(), Math::addExact);
        }
        return votes;
    }

    /**
     * The {@code n} candidates with the most votes, most first; equal votes go to the candidate whose name sorts first,
     * so the result never depends on map order. Candidates without votes are not elected, so fewer than {@code n} may
     * come back.
     *
     * @throws IllegalArgumentException if {@code n < 1} or a candidate has negative votes
     */
    public static List<String> electProducers(Map<String, Long> votes, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("the number of producers to elect must be 1 or more, was " + n);
        }
        List<Map.Entry<String, Long>> ranked = new ArrayList<>();
        for (Map.Entry<String, Long> e : votes.entrySet()) {
            if (e.getValue() < 0) {
                throw new IllegalArgumentException("candidate " + e.getKey() + " has negative votes: " + e.getValue());
            }
            if (e.getValue() > 0) {
                ranked.add(e);
            }
        }
        ranked.sort(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue).reversed()
                .thenComparing(Map.Entry::getKey));
        return ranked.stream().limit(n).map(Map.Entry::getKey).toList();
    }
}

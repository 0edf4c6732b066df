package layers.exercises.dpos;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Exercise {@code dpos.elect}: elect the {@code n} candidates with the most votes, ties broken by name.
 * Write {@link #elect}, then grade it: {@code ./course grade dpos.elect}.
 *
 * <p>Hints:
 * <ol>
 *   <li>Check {@code n} and every candidate's votes first, and copy the candidates that have votes into a new
 *       {@code ArrayList}: the caller's map must not change (it may not even be changeable).</li>
 *   <li>Sort with one comparator that says everything: votes descending, then name ascending, for example
 *       {@code Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue).reversed()
 *       .thenComparing(Map.Entry::getKey)}.</li>
 *   <li>Never compare votes by subtracting them as {@code int}s: 5 billion minus 1 billion does not fit in an
 *       {@code int}. {@code Long.compare} is always right. Keep the first {@code n} names: {@code limit(n)} on a
 *       stream, or {@code subList(0, Math.min(n, size))}.</li>
 * </ol>
 */
public class MyProducerElection implements ProducerElection {

    @Override
    public List<String> elect(Map<String, Long> votes, int n) {
        // BEGIN SOLUTION dpos.elect
        if (n < 1) {
            throw new IllegalArgumentException("elect at least one producer, not " + n);
        }
        List<Map.Entry<String, Long>> candidates = new ArrayList<>();
        for (Map.Entry<String, Long> candidate : votes.entrySet()) {
            if (candidate.getValue() < 0) {
                throw new IllegalArgumentException(candidate.getKey() + " has negative votes: " + candidate.getValue());
            }
            if (candidate.getValue() > 0) {
                candidates.add(candidate);
            }
        }
        candidates.sort(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue).reversed()
                .thenComparing(Map.Entry::getKey));
        return candidates.stream().limit(n).map(Map.Entry::getKey).toList();
        // END SOLUTION
    }
}

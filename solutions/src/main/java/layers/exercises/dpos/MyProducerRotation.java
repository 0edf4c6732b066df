package layers.exercises.dpos;

import java.util.List;

/**
 * Exercise {@code dpos.schedule}: which producer is due at a slot, and when a producer's next turn comes.
 * Write {@link #producerAt} and {@link #nextSlotOf}, then grade them: {@code ./course grade dpos.schedule}.
 *
 * <p>Hints:
 * <ol>
 *   <li>A round has {@code producers.size() * blocksPerTurn} slots. Turns count from 0 across rounds too: slot
 *       {@code s} is in turn {@code s / blocksPerTurn}, and that turn belongs to producer number
 *       {@code turn % producers.size()}.</li>
 *   <li>Do the arithmetic in {@code long}, and cast to {@code int} only the final index into the list: a chain that
 *       has run for years is far past slot 2,147,483,647.</li>
 *   <li>For {@link #nextSlotOf}: with {@code p = producers.indexOf(producer)}, find the round of {@code fromSlot}
 *       and the first slot of {@code p}'s turn in it, {@code round * slotsPerRound + p * blocksPerTurn}. If
 *       {@code fromSlot} is past the end of that turn, the answer is one round later.</li>
 * </ol>
 */
public class MyProducerRotation implements ProducerRotation {

    @Override
    public String producerAt(List<String> producers, int blocksPerTurn, long slot) {
        // BEGIN SOLUTION dpos.schedule
        check(producers, blocksPerTurn, slot);
        long turn = slot / blocksPerTurn;
        return producers.get((int) (turn % producers.size()));
        // END SOLUTION
    }

    @Override
    public long nextSlotOf(List<String> producers, int blocksPerTurn, String producer, long fromSlot) {
        // BEGIN SOLUTION dpos.schedule
        check(producers, blocksPerTurn, fromSlot);
        int p = producers.indexOf(producer);
        if (p < 0) {
            throw new IllegalArgumentException(producer + " is not one of the producers " + producers);
        }
        long slotsPerRound = (long) producers.size() * blocksPerTurn;
        long turnStart = fromSlot / slotsPerRound * slotsPerRound + (long) p * blocksPerTurn;
        if (fromSlot < turnStart) {
            return turnStart;
        }
        if (fromSlot < turnStart + blocksPerTurn) {
            return fromSlot;
        }
        return turnStart + slotsPerRound;
        // END SOLUTION
    }
    // BEGIN SOLUTION dpos.schedule stub:

    private static void check(List<String> producers, int blocksPerTurn, long slot) {
        if (producers.isEmpty()) {
            throw new IllegalArgumentException("a schedule needs at least one producer");
        }
        if (blocksPerTurn < 1) {
            throw new IllegalArgumentException("blocks per turn must be 1 or more, not " + blocksPerTurn);
        }
        if (slot < 0) {
            throw new IllegalArgumentException("slots count from 0, not " + slot);
        }
    }
    // END SOLUTION
}

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
        throw new UnsupportedOperationException("exercise dpos.schedule: not written yet — see the hints above");
    }

    @Override
    public long nextSlotOf(List<String> producers, int blocksPerTurn, String producer, long fromSlot) {
        throw new UnsupportedOperationException("exercise dpos.schedule: not written yet — see the hints above");
    }
}

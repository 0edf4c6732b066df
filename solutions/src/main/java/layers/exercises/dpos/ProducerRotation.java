package layers.exercises.dpos;

import java.util.List;

/**
 * Round-robin block production: the elected producers take turns in the order of their list, each making
 * {@code blocksPerTurn} consecutive blocks (EOS: 12), and when the last producer's turn ends the next round starts
 * with the first again. Slots count from 0 across rounds; a producer that is offline leaves its slots empty, and the
 * schedule does not move.
 */
public interface ProducerRotation {

    /**
     * The producer due at block slot {@code slot}.
     *
     * @throws IllegalArgumentException if {@code producers} is empty, {@code blocksPerTurn < 1} or {@code slot < 0}
     */
    String producerAt(List<String> producers, int blocksPerTurn, long slot);

    /**
     * The first slot at or after {@code fromSlot} at which {@code producer} is due: {@code fromSlot} itself if it is
     * in {@code producer}'s turn, else the first slot of its next turn, which may be in the next round.
     *
     * @throws IllegalArgumentException if {@code producer} is not in {@code producers}, {@code producers} is empty,
     *     {@code blocksPerTurn < 1} or {@code fromSlot < 0}
     */
    long nextSlotOf(List<String> producers, int blocksPerTurn, String producer, long fromSlot);
}

package layers.l1.dpos;

import java.util.List;

/**
 * Round-robin block production: the elected producers take turns in a fixed order, each making
 * {@code blocksPerTurn} consecutive blocks; a producer that is offline leaves its blocks missed (the slots pass
 * empty; the next producer does not start early). This model keeps the election order (EOSIO orders its schedule
 * by account name; the difference does not change who produces how much). Immutable.
 */
public final class ProducerSchedule {

    private final List<String> producers;
    private final int blocksPerTurn;

    private ProducerSchedule(List<String> producers, int blocksPerTurn) {
        this.producers = producers;
        this.blocksPerTurn = blocksPerTurn;
    }

    /**
     * @throws IllegalArgumentException if there are no producers, a producer appears twice, or {@code blocksPerTurn < 1}
     */
    public static ProducerSchedule of(List<String> producers, int blocksPerTurn) {
        if (producers.isEmpty()) {
            throw new IllegalArgumentException("a schedule needs at least one producer");
        }
        if (producers.stream().distinct().count() != producers.size()) {
            throw new IllegalArgumentException("a producer appears twice in " + producers);
        }
        if (blocksPerTurn < 1) {
            throw new IllegalArgumentException("blocks per turn must be 1 or more, was " + blocksPerTurn);
        }
        return new ProducerSchedule(List.copyOf(producers), blocksPerTurn);
    }

    public List<String> producers() {
        return producers;
    }

    public int blocksPerRound() {
        return producers.size() * blocksPerTurn;
    }

    /** Who is due to produce block slot {@code slot} of the chain (counting from 0, across rounds). */
    public String producerAt(long slot) {
        if (slot < 0) {
            throw new IllegalArgumentException("a slot cannot be negative: " + slot);
        }
        return producers.get((int) (slot / blocksPerTurn % producers.size()));
    }
}

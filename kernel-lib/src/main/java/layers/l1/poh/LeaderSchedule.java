package layers.l1.poh;

import layers.l1.network.SimRandom;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which validator leads (records proof of history and produces the block) in each slot of an epoch: drawn at random in
 * proportion to stake, {@link PohConstants#NUM_CONSECUTIVE_LEADER_SLOTS} slots at a time, from a seed every validator
 * knows, so that everyone computes the same schedule in advance. Solana draws with ChaCha20 seeded from the epoch;
 * this model draws from the course's seeded {@link SimRandom}, validators ordered by stake then name. Immutable.
 *
 * <pre>{@code
 * LeaderSchedule s = LeaderSchedule.compute(Map.of("A", 600L, "B", 300L, "C", 100L), 42, 1000);
 * s.leaderAt(17);    // the same on every machine
 * s.counts();        // slots per validator beside its stake share
 * }</pre>
 */
public final class LeaderSchedule {

    private final List<String> leaders;
    private final Map<String, Long> stakes;

    private LeaderSchedule(List<String> leaders, Map<String, Long> stakes) {
        this.leaders = leaders;
        this.stakes = stakes;
    }

    /** {@code slots} slots with runs of {@link PohConstants#NUM_CONSECUTIVE_LEADER_SLOTS}. */
    public static LeaderSchedule compute(Map<String, Long> stakes, long seed, int slots) {
        return compute(stakes, seed, slots, PohConstants.NUM_CONSECUTIVE_LEADER_SLOTS);
    }

    /**
     * @throws IllegalArgumentException if there is no stake, a stake is negative, or the counts are not positive
     */
    public static LeaderSchedule compute(Map<String, Long> stakes, long seed, int slots, int consecutiveSlots) {
        if (slots < 1 || consecutiveSlots < 1) {
            throw new IllegalArgumentException("slots and consecutive slots must be positive, not " + slots + " and "
                    + consecutiveSlots);
        }
        List<Map.Entry<String, Long>> ordered = new ArrayList<>(stakes.entrySet());
        long total = 0;
        for (Map.Entry<String, Long> e : ordered) {
            if (e.getValue() < 0) {
                throw new IllegalArgumentException("validator " + e.getKey() + " has negative stake " + e.getValue());
            }
            total = Math.addExact(total, e.getValue());
        }
        if (total == 0) {
            throw new IllegalArgumentException("a leader schedule needs some stake, got " + stakes);
        }
        ordered.sort(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue).reversed()
                .thenComparing(Map.Entry::getKey));
        SimRandom random = new SimRandom(seed);
        List<String> leaders = new ArrayList<>(slots);
        while (leaders.size() < slots) {
            long r = uniform(random, total);
            String leader = null;
            for (Map.Entry<String, Long> e : ordered) {
                if (r < e.getValue()) {
                    leader = e.getKey();
                    break;
                }
                r -= e.getValue();
            }
            for (int k = 0; k < consecutiveSlots && leaders.size() < slots; k++) {
                leaders.add(leader);
            }
        }
        return new LeaderSchedule(Collections.unmodifiableList(leaders), Map.copyOf(stakes));
    }

    public String leaderAt(long slot) {
        if (slot < 0 || slot >= leaders.size()) {
            throw new IndexOutOfBoundsException("slot " + slot + " is not in a schedule of " + leaders.size() + " slots");
        }
        return leaders.get((int) slot);
    }

    public List<String> leaders() {
        return leaders;
    }

    /** One row per validator, most stake first: {@code validator}, {@code stake}, {@code stakeShare}, {@code slots}, {@code slotShare}. */
    public Table counts() {
        Map<String, Long> count = new HashMap<>();
        leaders.forEach(l -> count.merge(l, 1L, Long::sum));
        long total = stakes.values().stream().mapToLong(Long::longValue).sum();
        List<String> names = new ArrayList<>(stakes.keySet());
        names.sort(Comparator.<String>comparingLong(stakes::get).reversed().thenComparing(Comparator.naturalOrder()));
        StringColumn validator = StringColumn.create("validator");
        LongColumn stake = LongColumn.create("stake");
        DoubleColumn stakeShare = DoubleColumn.create("stakeShare");
        LongColumn slots = LongColumn.create("slots");
        DoubleColumn slotShare = DoubleColumn.create("slotShare");
        for (String n : names) {
            validator.append(n);
            stake.append(stakes.get(n));
            stakeShare.append(stakes.get(n) / (double) total);
            slots.append(count.getOrDefault(n, 0L));
            slotShare.append(count.getOrDefault(n, 0L) / (double) leaders.size());
        }
        return Table.create("leader schedule of " + leaders.size() + " slots", validator, stake, stakeShare, slots, slotShare);
    }

    /** Uniform in {@code [0, bound)}, without modulo bias. */
    private static long uniform(SimRandom random, long bound) {
        long u = random.nextLong() >>> 1;
        long r = u % bound;
        while (u - r + (bound - 1) < 0) {
            u = random.nextLong() >>> 1;
            r = u % bound;
        }
        return r;
    }
}

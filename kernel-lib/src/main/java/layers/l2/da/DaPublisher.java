package layers.l2.da;

import layers.l1.network.SimRandom;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The block producer that holds the coded chunks and answers requests for them: honest (serves every chunk) or
 * withholding a set of chunks. To keep the data from being rebuilt it must withhold more than half of them (at least
 * k + 1 of 2k), which is why sampling catches it so fast.
 */
public final class DaPublisher {

    private final ErasureCodedData data;
    private final BitSet withheld;

    private DaPublisher(ErasureCodedData data, BitSet withheld) {
        this.data = data;
        this.withheld = withheld;
    }

    public static DaPublisher honest(ErasureCodedData data) {
        return new DaPublisher(data, new BitSet());
    }

    /**
     * Withholds exactly these chunk positions.
     *
     * @throws IllegalArgumentException if a position is not a chunk of {@code data}
     */
    public static DaPublisher withholding(ErasureCodedData data, Set<Integer> positions) {
        BitSet w = new BitSet(data.chunkCount());
        for (int p : positions) {
            if (p < 0 || p >= data.chunkCount()) {
                throw new IllegalArgumentException("chunk " + p + " is not in 0.." + (data.chunkCount() - 1));
            }
            w.set(p);
        }
        return new DaPublisher(data, w);
    }

    /**
     * Withholds {@code count} chunk positions chosen at random (seeded).
     *
     * @throws IllegalArgumentException if {@code count} is outside 0..2k
     */
    public static DaPublisher withholdingRandom(ErasureCodedData data, int count, SimRandom random) {
        int n = data.chunkCount();
        if (count < 0 || count > n) {
            throw new IllegalArgumentException("cannot withhold " + count + " of " + n + " chunks");
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        BitSet w = new BitSet(n);
        for (int i = 0; i < count; i++) { // partial Fisher–Yates shuffle
            int j = i + random.nextInt(n - i);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
            w.set(order[i]);
        }
        return new DaPublisher(data, w);
    }

    /** The fewest chunks a publisher must withhold so that the data cannot be rebuilt: k + 1. */
    public static int minimumToBlock(int chunkCount) {
        return chunkCount / ReedSolomon.EXTENSION_FACTOR + 1;
    }

    public DataCommitment commitment() {
        return data.commitment();
    }

    public ErasureCodedData data() {
        return data;
    }

    /** Chunk {@code i} with its proof, or empty if it is withheld. */
    public Optional<ChunkSample> serve(int i) {
        return withheld.get(i) ? Optional.empty() : Optional.of(data.sample(i));
    }

    public int withheldCount() {
        return withheld.cardinality();
    }

    /** The withheld fraction f of the coded chunks. */
    public double withheldFraction() {
        return (double) withheld.cardinality() / data.chunkCount();
    }

    /** Everything it serves, position → chunk: what a node that asked for every chunk would hold. */
    public Map<Integer, long[]> servedChunks() {
        Map<Integer, long[]> served = new HashMap<>();
        for (int i = 0; i < data.chunkCount(); i++) {
            if (!withheld.get(i)) {
                served.put(i, data.chunk(i));
            }
        }
        return served;
    }
}

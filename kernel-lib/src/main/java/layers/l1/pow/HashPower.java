package layers.l1.pow;

import layers.l1.network.SimRandom;

import java.util.Arrays;

/**
 * How the network's hash power is spread over its nodes. Immutable; {@link #assign} draws any placement from the
 * seeded random numbers it is given.
 */
public final class HashPower {

    private final double[] poolShares; // null: every node mines alike

    private HashPower(double[] poolShares) {
        this.poolShares = poolShares;
    }

    /** Every node mines, all with the same hash power. */
    public static HashPower everyNode() {
        return new HashPower(null);
    }

    /**
     * A few mining pools with these relative shares, each run by a different node picked at random; the other nodes
     * only relay.
     */
    public static HashPower pools(double... shares) {
        if (shares.length == 0) {
            throw new IllegalArgumentException("name at least one pool's share");
        }
        for (double s : shares) {
            if (!(s > 0) || Double.isInfinite(s)) {
                throw new IllegalArgumentException("pool shares must be positive, got " + Arrays.toString(shares));
            }
        }
        return new HashPower(shares.clone());
    }

    /** The hash power of each of {@code nodes} nodes, summing to 1. */
    public double[] assign(int nodes, SimRandom random) {
        double[] power = new double[nodes];
        if (poolShares == null) {
            Arrays.fill(power, 1.0 / nodes);
            return power;
        }
        if (poolShares.length > nodes) {
            throw new IllegalArgumentException(poolShares.length + " pools need at least as many nodes, not " + nodes);
        }
        double total = Arrays.stream(poolShares).sum();
        boolean[] taken = new boolean[nodes];
        for (double share : poolShares) {
            int node;
            do {
                node = random.nextInt(nodes);
            } while (taken[node]);
            taken[node] = true;
            power[node] = share / total;
        }
        return power;
    }

    @Override
    public String toString() {
        return poolShares == null ? "every node alike" : "pools " + Arrays.toString(poolShares);
    }
}

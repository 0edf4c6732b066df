package layers.l2.lightning;

import layers.l2.htlc.ChannelPolicy;

import java.util.Arrays;

/**
 * A channel graph in flat arrays, fast enough to route on 15,000 nodes and 50,000 channels. Channel {@code c} joins
 * {@link #nodeA}{@code (c)} and {@link #nodeB}{@code (c)}; it has two <em>directions</em>, {@code 2c} (A to B) and
 * {@code 2c + 1} (B to A), each with the policy its sending node announced (BOLT 7 {@code channel_update}) and the
 * sending side's balance. The sender of a payment sees capacities and policies, as in the public gossip; the
 * balances are the hidden truth that decides whether an HTLC gets through.
 *
 * <p>Mutable only in its balances, which {@link #move} shifts from one side of a channel to the other: the sum of a
 * channel's two sides is always its capacity, so no payment can create or destroy money.
 */
public final class LightningGraph {

    private final int nodeCount;
    private final int[] nodeA;
    private final int[] nodeB;
    private final long[] capacitySat;
    private final long[] feeBaseMsat;     // per direction
    private final long[] feePpm;          // per direction
    private final int[] cltvExpiryDelta;  // per direction
    private final long[] balanceMsat;     // per direction: the sending side's balance
    private final int[] adjacencyStart;   // CSR: directions leaving node v are adjacency[adjacencyStart[v] .. adjacencyStart[v+1])
    private final int[] adjacency;

    LightningGraph(int nodeCount, int[] nodeA, int[] nodeB, long[] capacitySat, long[] feeBaseMsat, long[] feePpm,
                   int[] cltvExpiryDelta, long[] balanceMsat) {
        int m = nodeA.length;
        if (nodeB.length != m || capacitySat.length != m || feeBaseMsat.length != 2 * m || feePpm.length != 2 * m
                || cltvExpiryDelta.length != 2 * m || balanceMsat.length != 2 * m) {
            throw new IllegalArgumentException("arrays of " + m + " channels (" + 2 * m + " directions) expected");
        }
        for (int c = 0; c < m; c++) {
            if (nodeA[c] < 0 || nodeA[c] >= nodeCount || nodeB[c] < 0 || nodeB[c] >= nodeCount || nodeA[c] == nodeB[c]) {
                throw new IllegalArgumentException("channel " + c + " joins " + nodeA[c] + " and " + nodeB[c]
                        + ", not two different nodes of 0.." + (nodeCount - 1));
            }
            if (balanceMsat[2 * c] < 0 || balanceMsat[2 * c + 1] < 0
                    || balanceMsat[2 * c] + balanceMsat[2 * c + 1] != capacitySat[c] * 1_000) {
                throw new IllegalArgumentException("channel " + c + ": balances " + balanceMsat[2 * c] + " + "
                        + balanceMsat[2 * c + 1] + " msat are not its capacity " + capacitySat[c] + " sat");
            }
        }
        this.nodeCount = nodeCount;
        this.nodeA = nodeA;
        this.nodeB = nodeB;
        this.capacitySat = capacitySat;
        this.feeBaseMsat = feeBaseMsat;
        this.feePpm = feePpm;
        this.cltvExpiryDelta = cltvExpiryDelta;
        this.balanceMsat = balanceMsat;
        this.adjacencyStart = new int[nodeCount + 1];
        for (int c = 0; c < m; c++) {
            adjacencyStart[nodeA[c] + 1]++;
            adjacencyStart[nodeB[c] + 1]++;
        }
        for (int v = 0; v < nodeCount; v++) {
            adjacencyStart[v + 1] += adjacencyStart[v];
        }
        this.adjacency = new int[2 * m];
        int[] fill = Arrays.copyOf(adjacencyStart, nodeCount);
        for (int c = 0; c < m; c++) {
            adjacency[fill[nodeA[c]]++] = 2 * c;
            adjacency[fill[nodeB[c]]++] = 2 * c + 1;
        }
    }

    public int nodeCount() {
        return nodeCount;
    }

    public int channelCount() {
        return nodeA.length;
    }

    public int nodeA(int channel) {
        return nodeA[channel];
    }

    public int nodeB(int channel) {
        return nodeB[channel];
    }

    /** A builder for a small hand-made graph of {@code nodes} nodes (numbered from 0). */
    public static Builder builder(int nodes) {
        return new Builder(nodes);
    }

    /** Builds a graph channel by channel. */
    public static final class Builder {
        private final int nodes;
        private final java.util.List<long[]> channels = new java.util.ArrayList<>();

        private Builder(int nodes) {
            if (nodes < 2) {
                throw new IllegalArgumentException("a graph needs at least 2 nodes, not " + nodes);
            }
            this.nodes = nodes;
        }

        /**
         * A channel between {@code a} and {@code b} of {@code capacitySat}, of which {@code a} holds
         * {@code balanceOfAMsat}; {@code fromA} and {@code fromB} are the policies each end charges to forward.
         */
        public Builder channel(int a, int b, long capacitySat, long balanceOfAMsat, ChannelPolicy fromA,
                               ChannelPolicy fromB) {
            if (balanceOfAMsat < 0 || balanceOfAMsat > capacitySat * 1_000) {
                throw new IllegalArgumentException("channel " + channels.size() + ": " + a + "'s balance "
                        + balanceOfAMsat + " msat is outside 0.." + capacitySat * 1_000);
            }
            channels.add(new long[] {a, b, capacitySat, balanceOfAMsat, fromA.feeBaseMsat(),
                    fromA.feeProportionalMillionths(), fromA.cltvExpiryDelta(), fromB.feeBaseMsat(),
                    fromB.feeProportionalMillionths(), fromB.cltvExpiryDelta()});
            return this;
        }

        public LightningGraph build() {
            int m = channels.size();
            int[] a = new int[m];
            int[] b = new int[m];
            long[] cap = new long[m];
            long[] base = new long[2 * m];
            long[] ppm = new long[2 * m];
            int[] cltv = new int[2 * m];
            long[] bal = new long[2 * m];
            for (int c = 0; c < m; c++) {
                long[] ch = channels.get(c);
                a[c] = (int) ch[0];
                b[c] = (int) ch[1];
                cap[c] = ch[2];
                bal[2 * c] = ch[3];
                bal[2 * c + 1] = ch[2] * 1_000 - ch[3];
                base[2 * c] = ch[4];
                ppm[2 * c] = ch[5];
                cltv[2 * c] = (int) ch[6];
                base[2 * c + 1] = ch[7];
                ppm[2 * c + 1] = ch[8];
                cltv[2 * c + 1] = (int) ch[9];
            }
            return new LightningGraph(nodes, a, b, cap, base, ppm, cltv, bal);
        }
    }

    /** The node that sends over {@code direction}. */
    public int from(int direction) {
        int c = direction >>> 1;
        return (direction & 1) == 0 ? nodeA[c] : nodeB[c];
    }

    /** The node that receives over {@code direction}. */
    public int to(int direction) {
        int c = direction >>> 1;
        return (direction & 1) == 0 ? nodeB[c] : nodeA[c];
    }

    public long capacitySat(int channel) {
        return capacitySat[channel];
    }

    /** The capacity of {@code direction}'s channel, in msat. */
    public long capacityMsatOf(int direction) {
        return capacitySat[direction >>> 1] * 1_000;
    }

    public long feeBaseMsat(int direction) {
        return feeBaseMsat[direction];
    }

    public long feePpm(int direction) {
        return feePpm[direction];
    }

    public int cltvExpiryDelta(int direction) {
        return cltvExpiryDelta[direction];
    }

    /** BOLT 7 fee for forwarding {@code amountMsat} over {@code direction}. */
    public long feeMsat(int direction, long amountMsat) {
        return feeBaseMsat[direction] + amountMsat * feePpm[direction] / 1_000_000;
    }

    public ChannelPolicy policy(int direction) {
        return new ChannelPolicy(feeBaseMsat[direction], feePpm[direction], cltvExpiryDelta[direction]);
    }

    /** The hidden truth: what the sending side of {@code direction} holds. */
    public long balanceMsat(int direction) {
        return balanceMsat[direction];
    }

    /**
     * Moves {@code amountMsat} across {@code direction}'s channel, from its sender's side to its receiver's.
     *
     * @throws IllegalArgumentException if the sender's side holds less
     */
    public void move(int direction, long amountMsat) {
        if (amountMsat < 0 || amountMsat > balanceMsat[direction]) {
            throw new IllegalArgumentException("direction " + direction + " holds " + balanceMsat[direction]
                    + " msat, cannot move " + amountMsat);
        }
        balanceMsat[direction] -= amountMsat;
        balanceMsat[direction ^ 1] += amountMsat;
    }

    /** The directions leaving {@code node}: {@code adjacency[start(node)] .. adjacency[start(node + 1) - 1]}. */
    int start(int node) {
        return adjacencyStart[node];
    }

    int direction(int index) {
        return adjacency[index];
    }

    /** The directions leaving {@code node} (a copy): {@link #to} gives each one's other end. */
    public int[] outgoing(int node) {
        if (node < 0 || node >= nodeCount) {
            throw new IllegalArgumentException("a node is 0.." + (nodeCount - 1) + ", not " + node);
        }
        return Arrays.copyOfRange(adjacency, adjacencyStart[node], adjacencyStart[node + 1]);
    }

    /** The number of channels of {@code node}. */
    public int degree(int node) {
        return adjacencyStart[node + 1] - adjacencyStart[node];
    }

    /** What {@code node} holds on all its channels, in msat. */
    public long nodeBalanceMsat(int node) {
        long sum = 0;
        for (int i = adjacencyStart[node]; i < adjacencyStart[node + 1]; i++) {
            sum += balanceMsat[adjacency[i]];
        }
        return sum;
    }

    /** The sum of every balance: the network's capacity in msat, whatever payments do. */
    public long totalBalanceMsat() {
        long sum = 0;
        for (long b : balanceMsat) {
            sum += b;
        }
        return sum;
    }

    /** The sum of every channel's capacity, in sat. */
    public long totalCapacitySat() {
        long sum = 0;
        for (long c : capacitySat) {
            sum += c;
        }
        return sum;
    }

    /** An independent copy (balances included). */
    public LightningGraph copy() {
        return new LightningGraph(nodeCount, nodeA, nodeB, capacitySat, feeBaseMsat, feePpm, cltvExpiryDelta,
                balanceMsat.clone());
    }

    @Override
    public String toString() {
        return "LightningGraph(" + nodeCount + " nodes, " + channelCount() + " channels, "
                + totalCapacitySat() / 100_000_000 + " BTC)";
    }
}

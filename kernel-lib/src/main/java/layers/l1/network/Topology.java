package layers.l1.network;

import java.util.Arrays;

/**
 * Who is connected to whom: an undirected graph over nodes {@code 0..n-1}, stored compactly (each node's peers in
 * one shared {@code int[]}, found through offsets) so that a 10,000-node network costs a few hundred kilobytes.
 * Immutable.
 *
 * <p>Connections are two-way, as TCP connections between Bitcoin nodes are: a block can flow either way over a
 * connection, whichever side opened it.
 */
public final class Topology {

    private final int[] offsets;   // peers of node v are peers[offsets[v] .. offsets[v + 1])
    private final int[] peers;

    private Topology(int[] offsets, int[] peers) {
        this.offsets = offsets;
        this.peers = peers;
    }

    /**
     * Each node opens {@code outbound} connections to distinct peers chosen at random (never itself, never a node
     * it is already connected to either way), as a Bitcoin node does; with the connections others open to it, a
     * node ends up with about {@code 2 × outbound} peers. In a network too small for that, a node connects to
     * every node it is not yet connected to.
     */
    public static Topology randomOutbound(int nodes, int outbound, SimRandom random) {
        if (nodes < 2) {
            throw new IllegalArgumentException("a network needs at least 2 nodes, was " + nodes);
        }
        if (outbound < 1 || outbound >= nodes) {
            throw new IllegalArgumentException("outbound peers must be 1 to " + (nodes - 1) + " for " + nodes
                    + " nodes, was " + outbound);
        }
        EdgeList edges = new EdgeList(nodes, outbound);
        for (int v = 0; v < nodes; v++) {
            int opened = 0;
            int possible = Math.min(outbound, nodes - 1 - edges.degree(v)); // a small network may run out of peers
            while (opened < possible) {
                int w = random.nextInt(nodes);
                if (w != v && !edges.connected(v, w)) {
                    edges.connect(v, w);
                    opened++;
                }
            }
        }
        return edges.toTopology();
    }

    /** A graph with exactly these two-way connections, each given as {@code {a, b}}. */
    public static Topology of(int nodes, int[]... connections) {
        EdgeList edges = new EdgeList(nodes, 2);
        for (int[] c : connections) {
            if (c.length != 2) {
                throw new IllegalArgumentException("a connection joins 2 nodes, not " + Arrays.toString(c));
            }
            for (int node : c) {
                if (node < 0 || node >= nodes) {
                    throw new IllegalArgumentException("no node " + node + " in a network of " + nodes);
                }
            }
            if (c[0] == c[1]) {
                throw new IllegalArgumentException("node " + c[0] + " cannot connect to itself");
            }
            if (!edges.connected(c[0], c[1])) {
                edges.connect(c[0], c[1]);
            }
        }
        return edges.toTopology();
    }

    public int size() {
        return offsets.length - 1;
    }

    /** Number of two-way connections. */
    public int connections() {
        return peers.length / 2;
    }

    public int degree(int node) {
        return offsets[node + 1] - offsets[node];
    }

    /** A copy of {@code node}'s peers. */
    public int[] peersOf(int node) {
        return Arrays.copyOfRange(peers, offsets[node], offsets[node + 1]);
    }

    public boolean areConnected(int a, int b) {
        return edgeIndex(a, b) >= 0;
    }

    /** True if every node can reach every other. */
    public boolean isConnected() {
        int n = size();
        boolean[] seen = new boolean[n];
        int[] stack = new int[n];
        int top = 0;
        stack[top++] = 0;
        seen[0] = true;
        int reached = 1;
        while (top > 0) {
            int v = stack[--top];
            for (int e = offsets[v]; e < offsets[v + 1]; e++) {
                int w = peers[e];
                if (!seen[w]) {
                    seen[w] = true;
                    reached++;
                    stack[top++] = w;
                }
            }
        }
        return reached == n;
    }

    // The directed edges v -> peers[e] for e in [firstEdge(v), endEdge(v)): the simulator's inner loop.
    int firstEdge(int node) {
        return offsets[node];
    }

    int endEdge(int node) {
        return offsets[node + 1];
    }

    int peerAt(int edge) {
        return peers[edge];
    }

    int directedEdges() {
        return peers.length;
    }

    int edgeIndex(int from, int to) {
        for (int e = offsets[from]; e < offsets[from + 1]; e++) {
            if (peers[e] == to) {
                return e;
            }
        }
        return -1;
    }

    /** Growable per-node peer lists while a topology is built. */
    private static final class EdgeList {
        private final int[][] peers;
        private final int[] count;

        EdgeList(int nodes, int expectedDegree) {
            peers = new int[nodes][];
            count = new int[nodes];
            for (int v = 0; v < nodes; v++) {
                peers[v] = new int[Math.max(4, 2 * expectedDegree + 4)];
            }
        }

        int degree(int node) {
            return count[node];
        }

        boolean connected(int a, int b) {
            int[] p = peers[a];
            for (int i = 0, n = count[a]; i < n; i++) {
                if (p[i] == b) {
                    return true;
                }
            }
            return false;
        }

        void connect(int a, int b) {
            add(a, b);
            add(b, a);
        }

        private void add(int from, int to) {
            if (count[from] == peers[from].length) {
                peers[from] = Arrays.copyOf(peers[from], peers[from].length * 2);
            }
            peers[from][count[from]++] = to;
        }

        Topology toTopology() {
            int n = peers.length;
            int[] offsets = new int[n + 1];
            for (int v = 0; v < n; v++) {
                offsets[v + 1] = offsets[v] + count[v];
            }
            int[] flat = new int[offsets[n]];
            for (int v = 0; v < n; v++) {
                System.arraycopy(peers[v], 0, flat, offsets[v], count[v]);
            }
            return new Topology(offsets, flat);
        }
    }
}

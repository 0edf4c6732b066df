package layers.l2.lightning;

/**
 * The router's priority queue: a binary min-heap of node ids on primitive arrays, each node at most once, keyed by
 * its cost, with decrease-key (an index from node to heap slot), so a search never allocates and never pops a stale
 * entry. Equal costs are ordered by node id, so a search's result does not depend on the order of insertion ties.
 * {@link #clear} is O(1): slots are stamped with a generation, as the router stamps its per-node arrays.
 */
final class NodeHeap {

    private final int[] nodes;      // heap slot -> node
    private final double[] keys;    // heap slot -> cost
    private final int[] slot;       // node -> heap slot, −1 once popped
    private final int[] generation; // node -> the clear() it was inserted after
    private int current;
    private int size;

    NodeHeap(int nodeCount) {
        this.nodes = new int[nodeCount];
        this.keys = new double[nodeCount];
        this.slot = new int[nodeCount];
        this.generation = new int[nodeCount];
    }

    /** Empties the heap (every node becomes insertable again). */
    void clear() {
        size = 0;
        current++;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** The smallest cost in the heap; undefined if it is empty. */
    double minKey() {
        return keys[0];
    }

    /** Whether {@code node} was inserted since the last clear and not yet popped. */
    boolean contains(int node) {
        return generation[node] == current && slot[node] >= 0;
    }

    /** Adds {@code node}, which must not have been inserted since the last clear. */
    void insert(int node, double key) {
        if (generation[node] == current) {
            throw new IllegalStateException("node " + node + " was already inserted");
        }
        generation[node] = current;
        siftUp(size++, node, key);
    }

    /** Lowers the cost of {@code node}, which must be in the heap, to {@code key}. */
    void decrease(int node, double key) {
        siftUp(slot[node], node, key);
    }

    /** Removes and returns the node of smallest cost (smallest id among equal costs). */
    int pop() {
        int top = nodes[0];
        slot[top] = -1;
        size--;
        if (size > 0) {
            siftDown(nodes[size], keys[size]);
        }
        return top;
    }

    private void siftUp(int i, int node, double key) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!before(key, node, keys[parent], nodes[parent])) {
                break;
            }
            place(i, nodes[parent], keys[parent]);
            i = parent;
        }
        place(i, node, key);
    }

    private void siftDown(int node, double key) {
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && before(keys[child + 1], nodes[child + 1], keys[child], nodes[child])) {
                child++;
            }
            if (!before(keys[child], nodes[child], key, node)) {
                break;
            }
            place(i, nodes[child], keys[child]);
            i = child;
        }
        place(i, node, key);
    }

    private void place(int i, int node, double key) {
        nodes[i] = node;
        keys[i] = key;
        slot[node] = i;
    }

    private static boolean before(double keyA, int nodeA, double keyB, int nodeB) {
        return keyA < keyB || (keyA == keyB && nodeA < nodeB);
    }
}

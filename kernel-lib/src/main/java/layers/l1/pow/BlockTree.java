package layers.l1.pow;

import java.util.Arrays;

/**
 * Every block a simulated network has mined, forks included: each block's parent, height, miner, time and the
 * cumulative work of the chain it ends. Blocks are numbered in the order they were mined; block 0 is genesis.
 * Kept in primitive arrays, so a run of thousands of blocks costs a few kilobytes.
 */
public final class BlockTree {

    /** The genesis block every chain starts from. */
    public static final int GENESIS = 0;
    /** The miner of genesis: nobody. */
    public static final int NO_MINER = -1;

    private int[] parent = new int[64];
    private int[] height = new int[64];
    private int[] miner = new int[64];
    private long[] minedAt = new long[64];
    private long[] chainWork = new long[64];
    private int size;

    public BlockTree() {
        parent[0] = -1;
        miner[0] = NO_MINER;
        chainWork[0] = 0;
        size = 1;
    }

    /** Adds a block of {@code work} (1 per block at a fixed difficulty) on {@code parentBlock}; returns its number. */
    public int add(int parentBlock, int minerNode, long minedAtMicros, long work) {
        checkBlock(parentBlock);
        if (work < 1) {
            throw new IllegalArgumentException("a block's work is 1 or more, was " + work);
        }
        if (size == parent.length) {
            int grown = size * 2;
            parent = Arrays.copyOf(parent, grown);
            height = Arrays.copyOf(height, grown);
            miner = Arrays.copyOf(miner, grown);
            minedAt = Arrays.copyOf(minedAt, grown);
            chainWork = Arrays.copyOf(chainWork, grown);
        }
        int b = size++;
        parent[b] = parentBlock;
        height[b] = height[parentBlock] + 1;
        miner[b] = minerNode;
        minedAt[b] = minedAtMicros;
        chainWork[b] = Math.addExact(chainWork[parentBlock], work);
        return b;
    }

    /** Blocks in the tree, genesis included. */
    public int size() {
        return size;
    }

    /** The parent of {@code block}, -1 for genesis. */
    public int parent(int block) {
        checkBlock(block);
        return parent[block];
    }

    public int height(int block) {
        checkBlock(block);
        return height[block];
    }

    /** The node that mined {@code block}, {@link #NO_MINER} for genesis. */
    public int miner(int block) {
        checkBlock(block);
        return miner[block];
    }

    public long minedAtMicros(int block) {
        checkBlock(block);
        return minedAt[block];
    }

    /** The total work of the chain from genesis to {@code block}: what fork choice compares. */
    public long chainWork(int block) {
        checkBlock(block);
        return chainWork[block];
    }

    /** True if {@code ancestor} is {@code block} or one of its ancestors. */
    public boolean isAncestor(int ancestor, int block) {
        checkBlock(ancestor);
        checkBlock(block);
        int b = block;
        while (height[b] > height[ancestor]) {
            b = parent[b];
        }
        return b == ancestor;
    }

    /** The last block two chains share. */
    public int commonAncestor(int a, int b) {
        checkBlock(a);
        checkBlock(b);
        while (height[a] > height[b]) {
            a = parent[a];
        }
        while (height[b] > height[a]) {
            b = parent[b];
        }
        while (a != b) {
            a = parent[a];
            b = parent[b];
        }
        return a;
    }

    /** The block of {@code tip}'s chain at {@code atHeight}. */
    public int ancestorAt(int tip, int atHeight) {
        checkBlock(tip);
        if (atHeight < 0 || atHeight > height[tip]) {
            throw new IllegalArgumentException("block " + tip + " is at height " + height[tip]
                    + "; its chain has no block at height " + atHeight);
        }
        int b = tip;
        while (height[b] > atHeight) {
            b = parent[b];
        }
        return b;
    }

    /**
     * How many confirmations {@code block} has on the chain ending at {@code tip}: 1 when it is the tip, one more for
     * each block on top, 0 when it is not on that chain at all (bitcoin-cli's "confirmations").
     */
    public int confirmations(int block, int tip) {
        return isAncestor(block, tip) ? height[tip] - height[block] + 1 : 0;
    }

    /** For each block, whether it lies on the chain ending at {@code tip}. */
    public boolean[] chainOf(int tip) {
        checkBlock(tip);
        boolean[] on = new boolean[size];
        for (int b = tip; b >= 0; b = parent[b]) {
            on[b] = true;
        }
        return on;
    }

    private void checkBlock(int block) {
        if (block < 0 || block >= size) {
            throw new IllegalArgumentException("no block " + block + "; the tree has blocks 0 to " + (size - 1));
        }
    }
}

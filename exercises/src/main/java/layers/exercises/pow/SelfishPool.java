package layers.exercises.pow;

/**
 * The selfish-mining strategy of Eyal and Sirer ("Majority is not Enough: Bitcoin Mining is Vulnerable", FC 2014,
 * Algorithm 1), as a state machine that counts which blocks end in the main chain.
 *
 * <p>The state is the pool's <em>lead</em>: how many blocks its private branch is ahead of the public chain. The
 * extra state 0' ({@link #racing()}) is a race between two public branches of one block each, the pool's and the
 * others'. A block is counted as revenue at the moment its fate is sealed: when it can no longer be orphaned by the
 * strategy.
 */
public interface SelfishPool {

    /**
     * The pool found a block. In a race (state 0'), it mines on its own branch, publishes, and wins the race: both
     * its blocks count (+2 to the pool), and the state is lead 0. Otherwise it keeps the block private: lead + 1.
     */
    void poolFoundBlock();

    /**
     * The other miners found a block, mined on the pool's racing block if {@code onPoolBranch} (which matters only
     * in a race):
     * <ul>
     *   <li>in a race: on the pool's branch, the pool's racing block and the new one count (+1 pool, +1 others);
     *       otherwise the others' racing block and the new one (+2 others). The race is over, lead 0;</li>
     *   <li>lead 0: the pool adopts the public chain (+1 others);</li>
     *   <li>lead 1: the pool publishes its private block and a race starts (lead 0, racing);</li>
     *   <li>lead 2: the pool publishes both private blocks, which win outright (+2 pool, lead 0);</li>
     *   <li>lead 3 or more: the pool publishes one private block, which will win (+1 pool, lead − 1).</li>
     * </ul>
     */
    void othersFoundBlock(boolean onPoolBranch);

    /** The pool's lead over the public chain; 0 in a race. */
    int lead();

    /** True in state 0': two public branches of one block race, one of them the pool's. */
    boolean racing();

    /** Blocks of the pool that are certain to end in the main chain. */
    long poolRevenue();

    /** Blocks of the other miners that are certain to end in the main chain. */
    long othersRevenue();
}

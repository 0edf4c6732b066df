package layers.l1.pow;

/**
 * The selfish-mining strategy of Eyal and Sirer, "Majority is not Enough: Bitcoin Mining is Vulnerable" (FC 2014),
 * Algorithm 1, as a state machine, with the block rewards each transition settles (their section 4).
 *
 * <p>The state is the pool's lead: how many blocks its private branch is ahead of the public chain. State 0' is the
 * race after the others found a block while the pool was one ahead: the pool publishes its block, and two branches
 * of length 1 compete; a share {@code γ} of the honest miners mine on the pool's one.
 */
public final class SelfishMiner {

    private int lead;          // private blocks ahead of the public chain
    private boolean racing;    // state 0': two public branches of length 1, one of them the pool's
    private long poolRevenue;  // blocks of the pool's that ended in the main chain
    private long othersRevenue;
    private long poolFound;
    private long othersFound;

    /** The pool's lead over the public chain (the state), 0 in state 0'. */
    public int lead() {
        return lead;
    }

    /** True in state 0': the pool's published block races the others' block of the same height. */
    public boolean racing() {
        return racing;
    }

    /** "On my pool found a block": keep it private, unless it settles a race. */
    public void onPoolFoundBlock() {
        poolFound++;
        if (racing) {
            // state 0': the pool extends its own branch and publishes; its two blocks win.
            poolRevenue += 2;
            racing = false;
            lead = 0;
        } else {
            lead++;
        }
    }

    /**
     * "On others found a block", which they mined on the pool's branch if {@code onPoolBranch} (only possible in
     * state 0', for a share γ of them).
     */
    public void onOthersFoundBlock(boolean onPoolBranch) {
        othersFound++;
        if (racing) {
            if (onPoolBranch) {
                poolRevenue += 1;   // the pool's racing block and ...
                othersRevenue += 1; // ... the others' block on top of it
            } else {
                othersRevenue += 2; // the others' racing block and the new one
            }
            racing = false;
        } else if (lead == 0) {
            othersRevenue += 1;     // the pool adopts the others' chain
        } else if (lead == 1) {
            racing = true;          // publish the private block: state 0'
            lead = 0;
        } else if (lead == 2) {
            poolRevenue += 2;       // publish both: the private branch wins outright
            lead = 0;
        } else {
            poolRevenue += 1;       // publish one; the next private block is still ahead
            lead--;
        }
    }

    /** Blocks of the pool's that ended in the main chain so far. */
    public long poolRevenue() {
        return poolRevenue;
    }

    /** Blocks of the other miners' that ended in the main chain so far. */
    public long othersRevenue() {
        return othersRevenue;
    }

    /** The pool's share of the main chain's blocks: its relative revenue. */
    public double relativeRevenue() {
        long total = poolRevenue + othersRevenue;
        return total == 0 ? 0 : poolRevenue / (double) total;
    }

    /** The pool's share of all blocks found: what it would earn by mining honestly with the same luck. */
    public double honestShare() {
        long total = poolFound + othersFound;
        return total == 0 ? 0 : poolFound / (double) total;
    }
}

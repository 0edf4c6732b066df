package layers.exercises.pow;

/**
 * Exercise {@code pow.selfish-mining}: Eyal and Sirer's selfish-mining strategy as a state machine. Write the six
 * methods, then grade them: {@code ./course grade pow.selfish-mining}.
 *
 * <p>Hints:
 * <ol>
 *   <li>Four fields are enough: an {@code int} lead, a {@code boolean} for the race (state 0'), and two
 *       {@code long} revenue counters.</li>
 *   <li>In {@link #poolFoundBlock}, handle the race first: it is the only case where the pool's own block settles
 *       anything.</li>
 *   <li>In {@link #othersFoundBlock}, handle the race first as well, then the lead: 0, 1, 2, and more than 2. Each
 *       case is one or two lines; the interface's Javadoc lists what each adds.</li>
 * </ol>
 */
public class MySelfishPool implements SelfishPool {

    // BEGIN SOLUTION pow.selfish-mining stub: // your fields: the lead, whether a race is on, the two revenue counts
    private int lead;
    private boolean racing;
    private long poolRevenue;
    private long othersRevenue;
    // END SOLUTION

    @Override
    public void poolFoundBlock() {
        // BEGIN SOLUTION pow.selfish-mining
        if (racing) {
            poolRevenue += 2;
            racing = false;
        } else {
            lead++;
        }
        // END SOLUTION
    }

    @Override
    public void othersFoundBlock(boolean onPoolBranch) {
        // BEGIN SOLUTION pow.selfish-mining
        if (racing) {
            if (onPoolBranch) {
                poolRevenue += 1;
                othersRevenue += 1;
            } else {
                othersRevenue += 2;
            }
            racing = false;
        } else if (lead == 0) {
            othersRevenue += 1;
        } else if (lead == 1) {
            lead = 0;
            racing = true;
        } else if (lead == 2) {
            lead = 0;
            poolRevenue += 2;
        } else {
            lead--;
            poolRevenue += 1;
        }
        // END SOLUTION
    }

    @Override
    public int lead() {
        // BEGIN SOLUTION pow.selfish-mining
        return lead;
        // END SOLUTION
    }

    @Override
    public boolean racing() {
        // BEGIN SOLUTION pow.selfish-mining
        return racing;
        // END SOLUTION
    }

    @Override
    public long poolRevenue() {
        // BEGIN SOLUTION pow.selfish-mining
        return poolRevenue;
        // END SOLUTION
    }

    @Override
    public long othersRevenue() {
        // BEGIN SOLUTION pow.selfish-mining
        return othersRevenue;
        // END SOLUTION
    }
}

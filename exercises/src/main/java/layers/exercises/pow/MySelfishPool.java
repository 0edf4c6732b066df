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

    // your fields: the lead, whether a race is on, the two revenue counts

    @Override
    public void poolFoundBlock() {
        throw new UnsupportedOperationException("exercise pow.selfish-mining: not written yet — see the hints above");
    }

    @Override
    public void othersFoundBlock(boolean onPoolBranch) {
        throw new UnsupportedOperationException("exercise pow.selfish-mining: not written yet — see the hints above");
    }

    @Override
    public int lead() {
        throw new UnsupportedOperationException("exercise pow.selfish-mining: not written yet — see the hints above");
    }

    @Override
    public boolean racing() {
        throw new UnsupportedOperationException("exercise pow.selfish-mining: not written yet — see the hints above");
    }

    @Override
    public long poolRevenue() {
        throw new UnsupportedOperationException("exercise pow.selfish-mining: not written yet — see the hints above");
    }

    @Override
    public long othersRevenue() {
        throw new UnsupportedOperationException("exercise pow.selfish-mining: not written yet — see the hints above");
    }
}

package layers.l2.zk.rollup;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded random traffic for demonstrations and benchmarks: valid transfers between the accounts (never from the bridge,
 * to it only as a withdrawal of at most 100), each transfer moving up to a quarter of the sender's balance with the
 * sender's current nonce.
 */
public final class ZkTraffic {

    private ZkTraffic() {
    }

    /**
     * {@code count} valid transfers from {@code state}, one in {@code withdrawalEvery} a withdrawal (0 for none).
     *
     * @throws IllegalArgumentException if the state has fewer than three accounts or no account other than the bridge
     *                                  holds anything
     */
    public static List<ZkTransfer> generate(ZkRollupState state, int count, int withdrawalEvery, long seed) {
        int k = state.accountCount();
        if (k < 3) {
            throw new IllegalArgumentException("traffic needs at least 3 accounts (the bridge and two users), not " + k);
        }
        SplittableRandom rng = new SplittableRandom(seed);
        List<ZkTransfer> out = new ArrayList<>();
        ZkRollupState s = state;
        for (int i = 0; i < count; i++) {
            int from = 1 + rng.nextInt(k - 1);
            int tries = 0;
            while (s.balance(from) == 0) {
                from = 1 + rng.nextInt(k - 1);
                if (++tries > 1000) {
                    throw new IllegalArgumentException("no user account has a balance to send");
                }
            }
            boolean withdraw = withdrawalEvery > 0 && i % withdrawalEvery == withdrawalEvery - 1;
            int to = withdraw ? ZkTransfer.BRIDGE : 1 + rng.nextInt(k - 1);
            while (to == from) {
                to = 1 + rng.nextInt(k - 1);
            }
            // Withdrawals are small (at most 100), so long runs of traffic do not drain the accounts into the bridge.
            long cap = withdraw ? Math.min(100, s.balance(from)) : Math.max(1, s.balance(from) / 4);
            long amount = 1 + rng.nextLong(Math.max(1, cap));
            ZkTransfer t = new ZkTransfer(from, to, Math.min(amount, s.balance(from)), s.nonce(from));
            out.add(t);
            s = s.apply(t);
        }
        return out;
    }
}

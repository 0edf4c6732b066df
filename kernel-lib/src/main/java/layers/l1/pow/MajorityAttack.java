package layers.l1.pow;

import layers.l1.network.SimTime;
import layers.notebook.Progress;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A 51% attack rewriting history in the simulated network: a {@link PrivateChainAttacker} with more than half the
 * hash power lets a payment gather its confirmations, then publishes a heavier private chain without it, and the
 * honest nodes reorganise onto it.
 */
public final class MajorityAttack {

    private MajorityAttack() {
    }

    /**
     * What happened: the fork point, the payment's block, whether it ended off the main chain, when the attacker
     * published, the merchant's reorganisation, and a timeline table.
     */
    public record Outcome(PowNetworkResult result, int forkPoint, int paymentBlock, boolean paymentOrphaned,
                          SimTime releasedAt, int merchantConfirmationsUndone, Table timeline) {
    }

    /**
     * Runs {@code blocks} blocks of a network where node 0 is an attacker with share {@code q}, forking after the
     * block at {@code forkHeight}, and node 1 is the merchant waiting for {@code confirmations}.
     */
    public static Outcome run(PowNetworkConfig config, double q, int forkHeight, int confirmations, int blocks,
                              Progress progress) {
        int attackerNode = 0;
        int merchant = 1;
        PrivateChainAttacker attacker = new PrivateChainAttacker(attackerNode, q, forkHeight, confirmations);
        PowNetworkResult result = new PowNetworkSimulation(config, attacker).run(blocks, progress);
        BlockTree tree = result.tree();
        int payment = attacker.paymentBlock();
        boolean orphaned = payment >= 0 && !result.isOnMainChain(payment);

        Table reorgs = result.reorgs();
        int undone = 0;
        double reorgTime = Double.NaN;
        int merchantOldTip = -1;
        for (int i = 0; i < reorgs.rowCount(); i++) {
            if (reorgs.intColumn("node").get(i) == merchant && payment >= 0
                    && tree.isAncestor(payment, reorgs.intColumn("fromTip").get(i))) {
                undone = reorgs.intColumn("depth").get(i);
                reorgTime = reorgs.doubleColumn("timeSeconds").get(i);
                merchantOldTip = reorgs.intColumn("fromTip").get(i);
            }
        }
        SimTime released = attacker.releasedAtMicros() < 0 ? null : SimTime.ofMicros(attacker.releasedAtMicros());
        Table timeline = timeline(tree, attacker, payment, released, reorgTime, merchantOldTip);
        return new Outcome(result, attacker.forkPoint(), payment, orphaned, released, undone, timeline);
    }

    public static Outcome run(PowNetworkConfig config, double q, int forkHeight, int confirmations, int blocks) {
        return run(config, q, forkHeight, confirmations, blocks, Progress.silent("51% attack", blocks));
    }

    private static Table timeline(BlockTree tree, PrivateChainAttacker attacker, int payment, SimTime released,
                                  double reorgTime, int merchantOldTip) {
        DoubleColumn time = DoubleColumn.create("timeSeconds");
        StringColumn event = StringColumn.create("event");
        IntColumn block = IntColumn.create("block");
        IntColumn height = IntColumn.create("height");
        if (attacker.forkPoint() >= 0) {
            add(time, event, block, height, tree.minedAtMicros(attacker.forkPoint()) / 1e6,
                    "attacker forks after this block", attacker.forkPoint(), tree);
        }
        if (payment >= 0) {
            add(time, event, block, height, tree.minedAtMicros(payment) / 1e6, "payment block mined", payment, tree);
        }
        if (released != null) {
            add(time, event, block, height, released.toSeconds(), "attacker publishes its private chain",
                    attacker.releasedTip(), tree);
        }
        if (merchantOldTip >= 0) {
            add(time, event, block, height, reorgTime, "merchant reorganises away from its tip", merchantOldTip, tree);
        }
        return Table.create("51% attack", time, event, block, height);
    }

    private static void add(DoubleColumn time, StringColumn event, IntColumn block, IntColumn height, double t,
                            String what, int b, BlockTree tree) {
        time.append(t);
        event.append(what);
        block.append(b);
        height.append(tree.height(b));
    }
}

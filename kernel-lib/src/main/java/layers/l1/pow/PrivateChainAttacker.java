package layers.l1.pow;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The double-spend of whitepaper section 11 carried out: the attacker mines honestly until the chain reaches the
 * fork height, then mines a private chain from there while the merchant's payment, in the next public block,
 * gathers confirmations. Once the payment has {@code confirmations} and the private chain has more work than the
 * public one, it publishes the private chain; honest nodes switch to it and the payment's block goes stale.
 */
public final class PrivateChainAttacker implements Adversary {

    private enum Phase { HONEST, PRIVATE, RELEASED }

    private final int node;
    private final double share;
    private final int forkHeight;
    private final int confirmations;

    private Phase phase = Phase.HONEST;
    private int forkPoint = -1;
    private int privateTip = -1;
    private int paymentBlock = -1;
    private long releasedAtMicros = -1;
    private int releasedTip = -1;

    /**
     * @param node          where the attacker mines
     * @param share         its share of the hash power
     * @param forkHeight    the height of the last block the attacker leaves in place; the payment is in the next one
     * @param confirmations the confirmations the merchant waits for
     */
    public PrivateChainAttacker(int node, double share, int forkHeight, int confirmations) {
        if (forkHeight < 0) {
            throw new IllegalArgumentException("the fork height must be 0 or more, was " + forkHeight);
        }
        AttackerSuccess.checkDepth(confirmations);
        this.node = node;
        this.share = share;
        this.forkHeight = forkHeight;
        this.confirmations = confirmations;
    }

    @Override
    public int node() {
        return node;
    }

    @Override
    public double hashShare() {
        return share;
    }

    @Override
    public int parentForNextBlock(AdversaryView view) {
        return phase == Phase.PRIVATE ? privateTip : view.tipOf(node);
    }

    @Override
    public void onMined(AdversaryView view, int block) {
        if (phase == Phase.PRIVATE) {
            privateTip = block;
            releaseIfAhead(view);
        } else {
            view.publish(block);
            if (phase == Phase.HONEST) {
                startIfAtForkHeight(view);
            }
        }
    }

    @Override
    public void onReceived(AdversaryView view, int block) {
        if (phase == Phase.HONEST) {
            startIfAtForkHeight(view);
        } else if (phase == Phase.PRIVATE) {
            releaseIfAhead(view);
        }
    }

    /** The block the attacker forked after, -1 before the attack started. */
    public int forkPoint() {
        return forkPoint;
    }

    /** The public block at the height after the fork point when the attacker published: the merchant's payment. */
    public int paymentBlock() {
        return paymentBlock;
    }

    /** The tip of the private chain when it was published, -1 if it never was. */
    public int releasedTip() {
        return releasedTip;
    }

    /** When the private chain was published, in µs; -1 if it never was. */
    public long releasedAtMicros() {
        return releasedAtMicros;
    }

    private void startIfAtForkHeight(AdversaryView view) {
        int tip = view.tipOf(node);
        if (view.tree().height(tip) >= forkHeight) {
            forkPoint = view.tree().ancestorAt(tip, forkHeight);
            privateTip = forkPoint;
            phase = Phase.PRIVATE;
        }
    }

    private void releaseIfAhead(AdversaryView view) {
        BlockTree tree = view.tree();
        int publicTip = view.tipOf(node);
        boolean paymentConfirmed = tree.isAncestor(forkPoint, publicTip)
                && tree.height(publicTip) - forkHeight >= Math.max(1, confirmations);
        if (!paymentConfirmed || tree.chainWork(privateTip) <= tree.chainWork(publicTip)) {
            return;
        }
        paymentBlock = tree.ancestorAt(publicTip, forkHeight + 1);
        Deque<Integer> branch = new ArrayDeque<>();
        for (int b = privateTip; b != forkPoint; b = tree.parent(b)) {
            branch.push(b);
        }
        for (int b : branch) {
            view.publish(b); // oldest first
        }
        releasedAtMicros = view.now().micros();
        releasedTip = privateTip;
        phase = Phase.RELEASED;
    }
}

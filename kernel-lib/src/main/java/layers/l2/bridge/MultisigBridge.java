package layers.l2.bridge;

import layers.core.Verdict;
import layers.l2.quorum.Quorum;
import layers.l2.quorum.QuorumSignature;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The L1 side of a sidechain bridge secured by an m-of-n multisig: users lock tokens here, the sidechain mints them,
 * and when they are burned on the sidechain, m signers tell the bridge to release them. The bridge checks the
 * signatures and nothing else: it has no view of the sidechain. Whoever holds m of the keys can therefore release
 * everything locked. Ronin's bridge worked this way: 5 of its 9 validators' signatures recognised a withdrawal
 * (Ronin Network, "Community Alert: Ronin Validators Compromised", 29 March 2022). Mutable.
 */
public final class MultisigBridge {

    /** The tag signers sign release orders under. */
    public static final String TAG = "layers/bridge/release";

    private final Quorum signers;
    private final List<BridgeDeposit> deposits = new ArrayList<>();
    private final Set<Long> released = new HashSet<>();
    private final List<ReleaseOrder> releases = new ArrayList<>();
    private long locked;

    public MultisigBridge(Quorum signers) {
        this.signers = signers;
    }

    /**
     * Locks {@code amount} from {@code l1Sender} for {@code recipient} on the sidechain.
     *
     * @throws IllegalArgumentException if the amount is not positive
     */
    public BridgeDeposit lock(String l1Sender, String recipient, long amount) {
        if (amount <= 0) {
            throw new IllegalArgumentException("a deposit locks a positive amount, not " + amount);
        }
        BridgeDeposit d = new BridgeDeposit(deposits.size(), l1Sender, recipient, amount);
        deposits.add(d);
        locked = Math.addExact(locked, amount);
        return d;
    }

    /** Pays out {@code order} if m distinct signers signed it, it was not paid before, and the bridge holds enough. */
    public Verdict release(ReleaseOrder order, List<QuorumSignature> signatures) {
        if (order.amount() <= 0) {
            return Verdict.rejected(BridgeRule.NON_POSITIVE_AMOUNT, "withdrawal " + order.withdrawalId() + " pays "
                    + order.amount());
        }
        Verdict sigs = signers.verify(TAG, order.toBytes(), signatures);
        if (!sigs.isValid()) {
            return Verdict.rejected(BridgeRule.NOT_SIGNED_BY_MULTISIG, "withdrawal " + order.withdrawalId() + ": "
                    + sigs);
        }
        if (released.contains(order.withdrawalId())) {
            return Verdict.rejected(BridgeRule.ALREADY_RELEASED, "withdrawal " + order.withdrawalId());
        }
        if (order.amount() > locked) {
            return Verdict.rejected(BridgeRule.EXCEEDS_LOCKED, "withdrawal " + order.withdrawalId() + " pays "
                    + order.amount() + ", the bridge holds " + locked);
        }
        released.add(order.withdrawalId());
        releases.add(order);
        locked -= order.amount();
        return Verdict.valid();
    }

    public Quorum signers() {
        return signers;
    }

    /** What the bridge holds now. */
    public long locked() {
        return locked;
    }

    public List<BridgeDeposit> deposits() {
        return List.copyOf(deposits);
    }

    public List<ReleaseOrder> releases() {
        return List.copyOf(releases);
    }

    /** The total paid to {@code l1Recipient}. */
    public long releasedTo(String l1Recipient) {
        return releases.stream().filter(r -> r.l1Recipient().equals(l1Recipient)).mapToLong(ReleaseOrder::amount)
                .sum();
    }
}

package layers.l2.bridge;

import layers.core.Verdict;
import layers.l1.keys.PrivateKey;
import layers.l2.quorum.Quorum;
import layers.l2.quorum.QuorumSignature;

import java.util.ArrayList;
import java.util.List;

/**
 * The honest operators of a sidechain and its bridge: the same validators sign sidechain blocks and bridge releases
 * (as Ronin's did). They mint each L1 deposit once on the sidechain and release each burn once on L1.
 */
public final class BridgeValidators {

    private final List<PrivateKey> keys;

    public BridgeValidators(List<PrivateKey> keys) {
        this.keys = List.copyOf(keys);
    }

    /** A sidechain and a bridge both secured by these keys with threshold {@code m}. */
    public static Setup setUp(List<PrivateKey> keys, int m) {
        Quorum q = Quorum.ofKeys(keys, m);
        return new Setup(new Sidechain(q), new MultisigBridge(q), new BridgeValidators(keys));
    }

    /** A sidechain, its bridge, and their validators. */
    public record Setup(Sidechain sidechain, MultisigBridge bridge, BridgeValidators validators) {
    }

    /** The first {@code m} keys, enough to sign. */
    private List<PrivateKey> quorumOf(Quorum q) {
        return keys.subList(0, q.threshold());
    }

    /** Mints every bridge deposit the sidechain has not minted yet, in one block. */
    public Verdict mintDeposits(MultisigBridge bridge, Sidechain chain) {
        List<SidechainTx> mints = new ArrayList<>();
        long alreadyMinted = chain.blocks().stream().flatMap(b -> b.transactions().stream())
                .filter(t -> t instanceof SidechainTx.Mint).count();
        for (BridgeDeposit d : bridge.deposits().subList((int) alreadyMinted, bridge.deposits().size())) {
            mints.add(new SidechainTx.Mint(d.id(), d.recipient(), d.amount()));
        }
        return chain.append(chain.propose(mints, quorumOf(chain.validators())));
    }

    /** Releases on L1 every burn on the sidechain that the bridge has not released: withdrawal i is burn i. */
    public List<Verdict> releaseBurns(Sidechain chain, MultisigBridge bridge) {
        List<Verdict> out = new ArrayList<>();
        List<SidechainTx.Burn> burns = chain.burns();
        for (int i = bridge.releases().size(); i < burns.size(); i++) {
            SidechainTx.Burn b = burns.get(i);
            ReleaseOrder order = new ReleaseOrder(i, b.l1Recipient(), b.amount());
            List<QuorumSignature> sigs = Quorum.signAll(quorumOf(bridge.signers()), MultisigBridge.TAG,
                    order.toBytes());
            out.add(bridge.release(order, sigs));
        }
        return out;
    }
}

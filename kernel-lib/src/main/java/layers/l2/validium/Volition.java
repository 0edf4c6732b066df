package layers.l2.validium;

import layers.core.Verdict;
import layers.l1.crypto.Hash;
import layers.l1.merkle.MerkleTree;
import layers.l2.da.DaCommittee;
import layers.l2.zk.rollup.ZkDataAvailability;
import layers.l2.zk.rollup.ZkRollupState;
import layers.l2.zk.rollup.ZkTransfer;
import layers.l2.zk.stark.StarkParameters;

import java.util.List;

/**
 * A volition: one system in which each account chooses where its data goes. Modelled as two state trees proven
 * by the same prover, one whose batches post their data on L1 (blobs) and one whose data the committee holds; the
 * system's commitment is the Merkle node over both roots. An account lives in the tree it chose; when the committee
 * withholds, the committee tree's accounts are frozen and the on-chain tree's accounts still exit. Mutable.
 */
public final class Volition {

    private final ZkChain onChain;
    private final ZkChain committeeSide;

    private Volition(ZkChain onChain, ZkChain committeeSide) {
        this.onChain = onChain;
        this.committeeSide = committeeSide;
    }

    /**
     * Accounts that chose on-chain data start with {@code onChainGenesis}, the others with {@code committeeGenesis}.
     */
    public static Volition of(ZkRollupState onChainGenesis, ZkRollupState committeeGenesis, DaCommittee committee,
                              StarkParameters params) {
        return new Volition(ZkChain.rollup(onChainGenesis, params, ZkDataAvailability.BLOB),
                ZkChain.validium(committeeGenesis, params, committee));
    }

    /** The chain for accounts that made {@code choice}. */
    public ZkChain side(DataChoice choice) {
        return choice == DataChoice.ON_CHAIN ? onChain : committeeSide;
    }

    /** A batch of transfers among accounts that made the same choice. */
    public Verdict submit(DataChoice choice, List<ZkTransfer> transfers, long nowSeconds) {
        return side(choice).submit(transfers, nowSeconds);
    }

    /** The system's commitment: the RFC 6962 node over the on-chain root and the committee root. */
    public Hash commitment() {
        return MerkleTree.nodeHash(onChain.contract().stateRoot(), committeeSide.contract().stateRoot());
    }

    /** The operator stops: both sides freeze and {@code account} of side {@code choice} tries to exit. */
    public ExitProofBuilder.Attempt haltAndBuildExit(DataChoice choice, int account) {
        onChain.contract().freeze();
        committeeSide.contract().freeze();
        return ExitProofBuilder.build(side(choice).contract(), account);
    }
}

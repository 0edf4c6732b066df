package layers.l2.validium;

import layers.core.Verdict;
import layers.l2.da.AvailabilityAttestation;
import layers.l2.da.DaCommittee;
import layers.l2.zk.rollup.ZkBatch;
import layers.l2.zk.rollup.ZkBatchSubmission;
import layers.l2.zk.rollup.ZkDataAvailability;
import layers.l2.zk.rollup.ZkRollupOperator;
import layers.l2.zk.rollup.ZkRollupState;
import layers.l2.zk.rollup.ZkTransfer;
import layers.l2.zk.stark.StarkParameters;

import java.util.List;
import java.util.Optional;

/**
 * A ZK chain end to end: Part V's operator proves each batch, a validium's committee stores the data and attests to
 * it, and the L1 {@link ZkChainContract} checks and records the batch. Mutable.
 */
public final class ZkChain {

    private final ZkRollupOperator operator;
    private final ZkChainContract contract;

    private ZkChain(ZkRollupOperator operator, ZkChainContract contract) {
        this.operator = operator;
        this.contract = contract;
    }

    /** A rollup posting its data in {@code mode} (CALLDATA or BLOB). */
    public static ZkChain rollup(ZkRollupState genesis, StarkParameters params, ZkDataAvailability mode) {
        return new ZkChain(new ZkRollupOperator(genesis, params), ZkChainContract.rollup(genesis, params, mode));
    }

    /** A validium whose data {@code committee} holds. */
    public static ZkChain validium(ZkRollupState genesis, StarkParameters params, DaCommittee committee) {
        return new ZkChain(new ZkRollupOperator(genesis, params),
                ZkChainContract.validium(genesis, params, committee));
    }

    /**
     * Proves {@code transfers} as one batch, has the committee attest to its data if this is a validium, and submits
     * it to L1 at {@code nowSeconds}.
     *
     * @throws IllegalArgumentException if a transfer breaks a rule (the operator cannot prove it)
     */
    public Verdict submit(List<ZkTransfer> transfers, long nowSeconds) {
        ZkBatchSubmission s = operator.prove(transfers, contract.mode());
        Optional<AvailabilityAttestation> attestation = contract.committee()
                .map(c -> c.store(new ZkBatch(transfers).dataBytes()));
        return contract.submitBatch(s, attestation, nowSeconds);
    }

    public ZkChainContract contract() {
        return contract;
    }

    /** The operator's current state (what the operator knows; users may not). */
    public ZkRollupState operatorState() {
        return operator.state();
    }

    /** The operator stops; the contract freezes and each user tries to exit with a proof. */
    public ExitProofBuilder.Attempt haltAndBuildExit(int account) {
        contract.freeze();
        return ExitProofBuilder.build(contract, account);
    }
}

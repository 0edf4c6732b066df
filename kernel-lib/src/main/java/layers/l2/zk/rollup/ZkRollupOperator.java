package layers.l2.zk.rollup;

import layers.core.Verdict;
import layers.l2.zk.air.TraceTable;
import layers.l2.zk.stark.StarkParameters;
import layers.l2.zk.stark.StarkProof;
import layers.l2.zk.stark.StarkProver;

import java.util.List;

/**
 * The rollup's operator (sequencer and prover in one): it keeps the L2 state, executes a batch of transfers, builds
 * the trace and proves it, and hands the L1 contract a {@link ZkBatchSubmission}. Mutable: its state advances with
 * each batch it proves.
 */
public final class ZkRollupOperator {

    private final StarkProver prover;
    private ZkRollupState state;

    public ZkRollupOperator(ZkRollupState genesis, StarkParameters params) {
        this.state = genesis;
        this.prover = new StarkProver(params);
    }

    public ZkRollupState state() {
        return state;
    }

    /**
     * Executes and proves {@code transfers} as one batch, posting its data in {@code mode}.
     *
     * @throws IllegalArgumentException if a transfer breaks a rule: the message names the transfer and the rule
     *                                  (an honest operator drops it before proving; a proof of it cannot exist)
     */
    public ZkBatchSubmission prove(List<ZkTransfer> transfers, ZkDataAvailability mode) {
        ZkBatch batch = new ZkBatch(transfers);
        ZkRollupState s = state;
        for (int i = 0; i < transfers.size(); i++) {
            Verdict v = s.check(transfers.get(i));
            if (!v.isValid()) {
                throw new IllegalArgumentException("transfer " + i + " of the batch is invalid: " + v);
            }
            s = s.apply(transfers.get(i));
        }
        int length = ZkRollupAir.traceLengthFor(batch.size());
        TraceTable trace = ZkRollupAir.trace(state, batch, length);
        ZkRollupAir air = mode.dataOnL1() ? ZkRollupAir.forRollup(state, s, batch, length)
                : ZkRollupAir.forValidium(state, s, batch.size(), batch.dataHash().bytes(), batch.withdrawals(), length);
        StarkProof proof = prover.prove(air, trace);
        ZkBatchSubmission submission = new ZkBatchSubmission(state, s, batch.size(),
                mode.dataOnL1() ? batch.dataBytes() : new byte[0], batch.dataHash(), batch.withdrawals(), mode,
                proof.toBytes());
        state = s;
        return submission;
    }

    /**
     * What a cheating operator would submit: {@code transfers} applied without the rules
     * ({@link ZkRollupAir#traceWithoutRules}), a claimed final state that need not follow from them, and a proof made
     * by running the prover anyway ({@link StarkProver#proveUnchecked}). The contract must reject it.
     */
    public static ZkBatchSubmission forge(ZkRollupState previous, ZkRollupState claimedNext, List<ZkTransfer> transfers,
            ZkDataAvailability mode, StarkParameters params) {
        ZkBatch batch = new ZkBatch(transfers);
        int length = ZkRollupAir.traceLengthFor(batch.size());
        TraceTable trace = ZkRollupAir.traceWithoutRules(previous, batch, length);
        ZkRollupAir air = mode.dataOnL1() ? ZkRollupAir.forRollup(previous, claimedNext, batch, length)
                : ZkRollupAir.forValidium(previous, claimedNext, batch.size(), batch.dataHash().bytes(),
                        batch.withdrawals(), length);
        StarkProof proof = new StarkProver(params).proveUnchecked(air, trace);
        return new ZkBatchSubmission(previous, claimedNext, batch.size(),
                mode.dataOnL1() ? batch.dataBytes() : new byte[0], batch.dataHash(), batch.withdrawals(), mode,
                proof.toBytes());
    }
}

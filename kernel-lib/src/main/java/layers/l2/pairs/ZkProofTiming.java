package layers.l2.pairs;

import java.util.List;
import layers.l2.zk.rollup.ZkBatchSubmission;
import layers.l2.zk.rollup.ZkDataAvailability;
import layers.l2.zk.rollup.ZkRollupContract;
import layers.l2.zk.rollup.ZkRollupOperator;
import layers.l2.zk.rollup.ZkRollupState;
import layers.l2.zk.rollup.ZkTraffic;
import layers.l2.zk.rollup.ZkTransfer;
import layers.l2.zk.stark.StarkParameters;

/**
 * Proving and verifying one batch of the course's ZK rollup, timed on this machine: a measurement, which varies
 * from run to run (the verdict does not).
 *
 * @param batchSize     transfers proved
 * @param proveSeconds  the operator's proving time
 * @param verifySeconds the contract's check, proof included
 * @param accepted      whether the contract accepted the batch
 */
public record ZkProofTiming(int batchSize, double proveSeconds, double verifySeconds, boolean accepted) {

    /** Proves {@code batchSize} transfers of {@link ZkTraffic} (seed {@code seed}) with the default parameters. */
    public static ZkProofTiming measure(int batchSize, long seed) {
        if (batchSize <= 0) {
            throw new IllegalArgumentException("a batch holds at least one transfer, not " + batchSize);
        }
        ZkRollupState genesis = ZkRollupState.genesis(0, 1_000_000, 800_000, 600_000, 400_000, 300_000, 200_000, 100_000);
        List<ZkTransfer> transfers = ZkTraffic.generate(genesis, batchSize, 16, seed);
        long t0 = System.nanoTime();
        ZkBatchSubmission batch = new ZkRollupOperator(genesis, StarkParameters.DEFAULT)
                .prove(transfers, ZkDataAvailability.BLOB);
        long t1 = System.nanoTime();
        boolean ok = new ZkRollupContract(genesis.root(), StarkParameters.DEFAULT).submitBatch(batch, 12).isValid();
        long t2 = System.nanoTime();
        return new ZkProofTiming(batchSize, (t1 - t0) / 1e9, (t2 - t1) / 1e9, ok);
    }
}

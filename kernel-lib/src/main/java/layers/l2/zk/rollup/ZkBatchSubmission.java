package layers.l2.zk.rollup;

import layers.l1.blobs.BlobEncoding;
import layers.l1.blobs.CalldataGas;
import layers.l1.crypto.Hash;

import java.nio.ByteBuffer;
import java.util.List;

/**
 * What the operator sends to the L1 contract for one batch: the state before and after (the contract checks the
 * first against its root and keeps the root of the second), the batch's size, data and withdrawals, the
 * data-availability mode, and the validity proof. Immutable.
 *
 * @param data the transfers' bytes when they go to L1 (calldata or blob); empty for a validium, whose data stays
 *             off-chain and is named only by {@code dataHash}
 */
public record ZkBatchSubmission(ZkRollupState previous, ZkRollupState next, int batchSize, byte[] data,
                                Hash dataHash, List<ZkWithdrawal> withdrawals, ZkDataAvailability mode,
                                byte[] proof) {

    public ZkBatchSubmission {
        data = data.clone();
        proof = proof.clone();
        withdrawals = List.copyOf(withdrawals);
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public byte[] proof() {
        return proof.clone();
    }

    /** A copy with another proof (for showing what the contract does with a bad one). */
    public ZkBatchSubmission withProof(byte[] other) {
        return new ZkBatchSubmission(previous, next, batchSize, data, dataHash, withdrawals, mode, other);
    }

    /** A copy claiming another final state. */
    public ZkBatchSubmission withNext(ZkRollupState other) {
        return new ZkBatchSubmission(previous, other, batchSize, data, dataHash, withdrawals, mode, proof);
    }

    /** A copy with other posted data. */
    public ZkBatchSubmission withData(byte[] other) {
        return new ZkBatchSubmission(previous, next, batchSize, other, dataHash, withdrawals, mode, proof);
    }

    /**
     * The bytes this submission puts in L1 calldata: the proof, both states, the batch size, the data hash, the
     * withdrawals (12 bytes each), and the data itself when the mode is {@link ZkDataAvailability#CALLDATA}.
     */
    public byte[] calldata() {
        int size = proof.length + 2 * previous.toBytes().length + 4 + 32 + 12 * withdrawals.size()
                + (mode == ZkDataAvailability.CALLDATA ? data.length : 0);
        ByteBuffer b = ByteBuffer.allocate(size).put(proof).put(previous.toBytes()).put(next.toBytes())
                .putInt(batchSize).put(dataHash.bytes());
        for (ZkWithdrawal w : withdrawals) {
            b.putInt(w.position()).putInt(w.account()).putInt((int) w.amount());
        }
        if (mode == ZkDataAvailability.CALLDATA) {
            b.put(data);
        }
        return b.array();
    }

    /** The bytes this submission puts in a blob: the data in {@link ZkDataAvailability#BLOB} mode, else none. */
    public byte[] blobData() {
        return mode == ZkDataAvailability.BLOB ? data.clone() : new byte[0];
    }

    /**
     * The gas its calldata costs under EIP-2028's prices (16 per non-zero byte, 4 per zero byte), by Part IV's
     * {@link CalldataGas#dataGas}. The verifier contract's execution gas is not modelled: the verifier here is
     * Java, timed, not EVM code.
     */
    public long calldataGas() {
        return CalldataGas.dataGas(calldata());
    }

    /** The blobs its blob data needs (Part IV's {@link BlobEncoding#blobsNeeded}); 0 outside blob mode. */
    public int blobs() {
        byte[] blob = blobData();
        return blob.length == 0 ? 0 : BlobEncoding.blobsNeeded(blob.length);
    }
}

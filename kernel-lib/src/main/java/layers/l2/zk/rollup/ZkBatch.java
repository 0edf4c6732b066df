package layers.l2.zk.rollup;

import layers.l1.crypto.Hash;
import layers.l1.crypto.Sha256;

import java.util.ArrayList;
import java.util.List;

/**
 * A batch of transfers in order, and its data as posted for availability: the transfers' encodings one after the
 * other ({@link #dataBytes}), 10 bytes each. Immutable.
 */
public record ZkBatch(List<ZkTransfer> transfers) {

    public ZkBatch {
        transfers = List.copyOf(transfers);
    }

    public int size() {
        return transfers.size();
    }

    /** The batch's data bytes: what a rollup posts to L1 (calldata or a blob) and a validium keeps off-chain. */
    public byte[] dataBytes() {
        byte[] out = new byte[transfers.size() * ZkTransfer.BYTES];
        for (int i = 0; i < transfers.size(); i++) {
            System.arraycopy(transfers.get(i).toBytes(), 0, out, i * ZkTransfer.BYTES, ZkTransfer.BYTES);
        }
        return out;
    }

    /** SHA-256 of the data: the commitment the proof's statement names. */
    public Hash dataHash() {
        return Sha256.hash(dataBytes());
    }

    /**
     * Reads posted data back into a batch.
     *
     * @throws IllegalArgumentException if the length is not a multiple of 10 bytes
     */
    public static ZkBatch fromBytes(byte[] data) {
        if (data.length % ZkTransfer.BYTES != 0) {
            throw new IllegalArgumentException("batch data is 10 bytes per transfer; " + data.length
                    + " bytes is not a whole number of transfers");
        }
        List<ZkTransfer> t = new ArrayList<>();
        for (int off = 0; off < data.length; off += ZkTransfer.BYTES) {
            t.add(ZkTransfer.fromBytes(data, off));
        }
        return new ZkBatch(t);
    }

    /** The withdrawals of the batch: its transfers to the bridge account, with their positions. */
    public List<ZkWithdrawal> withdrawals() {
        List<ZkWithdrawal> w = new ArrayList<>();
        for (int i = 0; i < transfers.size(); i++) {
            ZkTransfer t = transfers.get(i);
            if (t.isWithdrawal()) {
                w.add(new ZkWithdrawal(i, t.from(), t.amount()));
            }
        }
        return w;
    }
}

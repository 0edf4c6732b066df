package layers.l2.rollup;

import layers.l1.crypto.Hash;
import layers.l1.crypto.Keccak256;
import layers.l1.network.SimTime;

import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * What a state commitment posts: one hash over the L2 execution state root, the root of all withdrawals so far, and
 * the latest L2 block's hash. Source: OP Stack specs, output root version 0 = {@code keccak256(version ‖ stateRoot ‖
 * messagePasserStorageRoot ‖ latestBlockhash)}; here the withdrawals root stands for the message passer's storage
 * root and {@link #blockHash} defines this model's block hash. The message passer's entries are in the state too
 * ({@link MessagePasser}), so a bridge that cannot trust the withdrawals root (an optimistic rollup, whose disputes
 * check only the state root) proves withdrawals against the state root instead.
 */
public record OutputRoot(Hash stateRoot, Hash withdrawalsRoot, Hash latestBlockHash) {

    /** Source: OP Stack specs, the output root's {@code version} is 32 zero bytes. */
    public static final Hash VERSION = Hash.ZERO;

    public OutputRoot {
        Objects.requireNonNull(stateRoot, "stateRoot");
        Objects.requireNonNull(withdrawalsRoot, "withdrawalsRoot");
        Objects.requireNonNull(latestBlockHash, "latestBlockHash");
    }

    /** {@code keccak256(version ‖ stateRoot ‖ withdrawalsRoot ‖ latestBlockHash)}. */
    public Hash hash() {
        return Keccak256.hash(ByteBuffer.allocate(4 * Hash.LENGTH).put(VERSION.bytes()).put(stateRoot.bytes())
                .put(withdrawalsRoot.bytes()).put(latestBlockHash.bytes()).array());
    }

    /**
     * This model's L2 block hash: {@code keccak256(parentHash ‖ number ‖ timestamp ‖ delayedMessagesRead ‖
     * stateRoot)}, numbers as 8 big-endian bytes, timestamp in microseconds. Genesis has parent {@link Hash#ZERO}.
     */
    public static Hash blockHash(Hash parentHash, long number, SimTime timestamp, long delayedMessagesRead,
                                 Hash stateRoot) {
        return Keccak256.hash(ByteBuffer.allocate(3 * 8 + 2 * Hash.LENGTH).put(parentHash.bytes()).putLong(number)
                .putLong(timestamp.micros()).putLong(delayedMessagesRead).put(stateRoot.bytes()).array());
    }
}

package layers.l2.rollup;

import layers.l1.crypto.Hash;
import layers.l1.crypto.Keccak256;

import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * What a state commitment posts: one hash over the L2 execution state root and the root of all withdrawals so far.
 * Source: OP Stack specs, output root version 0 = {@code keccak256(version ‖ stateRoot ‖ messagePasserStorageRoot ‖
 * latestBlockhash)}; this model has no block hashes and leaves the last field out.
 */
public record OutputRoot(Hash stateRoot, Hash withdrawalsRoot) {

    /** Source: OP Stack specs, the output root's {@code version} is 32 zero bytes. */
    public static final Hash VERSION = Hash.ZERO;

    public OutputRoot {
        Objects.requireNonNull(stateRoot, "stateRoot");
        Objects.requireNonNull(withdrawalsRoot, "withdrawalsRoot");
    }

    /** {@code keccak256(version ‖ stateRoot ‖ withdrawalsRoot)}. */
    public Hash hash() {
        return Keccak256.hash(ByteBuffer.allocate(3 * Hash.LENGTH).put(VERSION.bytes()).put(stateRoot.bytes())
                .put(withdrawalsRoot.bytes()).array());
    }
}

package layers.l2.rollup;

import layers.l1.crypto.Hash;
import layers.l1.crypto.Keccak256;
import layers.l1.network.SimTime;

import java.nio.ByteBuffer;

/**
 * The hash chains the inbox keeps in storage over its two queues, as Arbitrum's {@code Bridge} keeps
 * {@code sequencerInboxAccs} and {@code delayedInboxAccs}: each new item is hashed with the accumulator before it,
 * so the last accumulator commits to every item and its order. Both chains start at {@link Hash#ZERO}.
 */
public final class InboxAccumulators {

    private InboxAccumulators() {
    }

    /**
     * {@code keccak256(previous ‖ keccak256(data) ‖ kind ‖ afterDelayedMessagesRead ‖ delayedAccumulator ‖
     * postedAt)}: a sequence entry, bound to the delayed messages it reads.
     */
    public static Hash sequencer(Hash previous, SequencerInboxEntry.Kind kind, byte[] data,
                                 long afterDelayedMessagesRead, Hash delayedAccumulator, SimTime postedAt) {
        return Keccak256.hash(ByteBuffer.allocate(32 + 32 + 1 + 8 + 32 + 8).put(previous.bytes())
                .put(Keccak256.hash(data).bytes()).put((byte) kind.ordinal()).putLong(afterDelayedMessagesRead)
                .put(delayedAccumulator.bytes()).putLong(postedAt.micros()).array());
    }

    /** {@code keccak256(previous ‖ keccak256(message) ‖ l1Block ‖ submittedAt)}. */
    public static Hash delayed(Hash previous, DelayedMessage message, TxListCodec codec) {
        return Keccak256.hash(ByteBuffer.allocate(32 + 32 + 8 + 8).put(previous.bytes())
                .put(Keccak256.hash(message.encode(codec)).bytes()).putLong(message.l1Block())
                .putLong(message.submittedAt().micros()).array());
    }
}

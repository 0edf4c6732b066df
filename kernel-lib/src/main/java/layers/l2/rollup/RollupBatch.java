package layers.l2.rollup;

import layers.l1.execution.Tx;
import layers.l1.network.SimTime;
import layers.l2.batch.BatchCompression;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The frame around a batch's blocks: which L2 blocks the batch holds (number, timestamp, delayed messages read),
 * each block's transactions encoded by a {@link TxListCodec}. Layout: the 4 bytes {@code "L2RB"}, a version byte
 * (1), the block count (4 bytes), then per block its number, timestamp in microseconds and delayed-messages count
 * (8 bytes each), the length of its transaction bytes (4 bytes) and those bytes. All numbers big-endian. The
 * whole frame is then compressed with zlib ({@link BatchCompression}), as Optimism compresses a channel of batches.
 */
public final class RollupBatch {

    static final byte[] MAGIC = {'L', '2', 'R', 'B'};
    static final byte VERSION = 1;

    private RollupBatch() {
    }

    /** The compressed bytes of {@code blocks}, to post to L1. */
    public static byte[] encode(List<RollupBlock> blocks, TxListCodec codec) {
        return BatchCompression.compress(frame(blocks, codec));
    }

    /** The frame of {@code blocks} before compression. */
    public static byte[] frame(List<RollupBlock> blocks, TxListCodec codec) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(MAGIC);
            out.writeByte(VERSION);
            out.writeInt(blocks.size());
            for (RollupBlock b : blocks) {
                out.writeLong(b.number());
                out.writeLong(b.timestamp().micros());
                out.writeLong(b.delayedMessagesRead());
                byte[] txs = codec.encode(b.transactions());
                out.writeInt(txs.length);
                out.write(txs);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The blocks the compressed batch {@code compressed} holds.
     *
     * @throws IllegalArgumentException saying what was wrong (and at which byte of the frame) if it is not a batch
     */
    public static List<RollupBlock> decode(byte[] compressed, TxListCodec codec) {
        byte[] data;
        try {
            data = BatchCompression.decompress(compressed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the batch does not decompress: " + e.getMessage(), e);
        }
        return unframe(data, codec);
    }

    /**
     * The blocks a frame holds.
     *
     * @throws IllegalArgumentException naming the offset and what was wrong if {@code data} is not a frame
     */
    public static List<RollupBlock> unframe(byte[] data, TxListCodec codec) {
        ByteBuffer in = ByteBuffer.wrap(data);
        try {
            for (int i = 0; i < MAGIC.length; i++) {
                if (in.get() != MAGIC[i]) {
                    throw new IllegalArgumentException("byte " + i + ": not a rollup batch (expected the magic \"L2RB\")");
                }
            }
            byte version = in.get();
            if (version != VERSION) {
                throw new IllegalArgumentException("byte 4: batch version " + version + ", only " + VERSION + " is known");
            }
            int count = in.getInt();
            if (count < 0 || count > data.length) {
                throw new IllegalArgumentException("byte 5: a block count of " + count + " cannot fit in "
                        + data.length + " bytes");
            }
            List<RollupBlock> blocks = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int at = in.position();
                long number = in.getLong();
                long micros = in.getLong();
                long delayed = in.getLong();
                int length = in.getInt();
                if (number < 1 || micros < 0 || delayed < 0 || length < 0 || length > in.remaining()) {
                    throw new IllegalArgumentException("byte " + at + ": block " + i + " of the batch has a bad header"
                            + " (number " + number + ", timestamp " + micros + " µs, delayed read " + delayed
                            + ", " + length + " transaction bytes with " + in.remaining() + " left)");
                }
                byte[] txBytes = new byte[length];
                in.get(txBytes);
                List<Tx> txs;
                try {
                    txs = codec.decode(txBytes);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("byte " + (at + 28) + ": block " + i + "'s transactions: "
                            + e.getMessage(), e);
                }
                blocks.add(new RollupBlock(number, SimTime.ofMicros(micros), delayed, txs));
            }
            if (in.hasRemaining()) {
                throw new IllegalArgumentException("byte " + in.position() + ": " + in.remaining()
                        + " bytes after the last block");
            }
            return blocks;
        } catch (BufferUnderflowException e) {
            throw new IllegalArgumentException("byte " + in.position() + ": the batch ends in the middle of a field ("
                    + data.length + " bytes)");
        }
    }
}

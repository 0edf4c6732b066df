package layers.l2.rollup;

import layers.l1.execution.Tx;
import layers.l2.batch.BatchCodec;

import java.util.List;

/**
 * How a list of transactions becomes the bytes a rollup posts to L1, and back. The course's codec is
 * {@link BatchCodec} ({@link #course()}); this interface is all the rollup needs of it,
 * so the inbox, the sequencer and the exit hatch work with any codec that round-trips.
 */
public interface TxListCodec {

    /** The bytes of {@code txs}, in order. */
    byte[] encode(List<Tx> txs);

    /**
     * The transactions {@code data} encodes.
     *
     * @throws IllegalArgumentException saying what is malformed and where, if {@code data} is not an encoding
     */
    List<Tx> decode(byte[] data);

    /** The course's batch encoding, {@link BatchCodec} (unsigned transactions). */
    static TxListCodec course() {
        return new TxListCodec() {
            @Override
            public byte[] encode(List<Tx> txs) {
                return BatchCodec.encode(txs);
            }

            @Override
            public List<Tx> decode(byte[] data) {
                return BatchCodec.decode(data).txs();
            }

            @Override
            public String toString() {
                return "BatchCodec";
            }
        };
    }
}

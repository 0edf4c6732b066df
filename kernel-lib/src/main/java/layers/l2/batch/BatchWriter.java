package layers.l2.batch;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import layers.l1.keys.EthereumAddress;

/** Appends the format's field types (see {@link BatchCodec}) to a growing byte array. */
final class BatchWriter {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(256);

    void u8(int value) {
        out.write(value);
    }

    /** An unsigned LEB128 varint, as protobuf's (and Optimism's span batches') {@code uvarint}. */
    void uvarint(long value) {
        if (value < 0) {
            throw new IllegalArgumentException("a uvarint is 0 or more, not " + value);
        }
        long v = value;
        while ((v & ~0x7FL) != 0) {
            out.write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }

    /** A uint256 as a length byte (0 to 32) and that many big-endian bytes without leading zeros. */
    void uint256(BigInteger value) {
        byte[] bytes = value.toByteArray();
        int skip = bytes[0] == 0 ? 1 : 0;
        int length = value.signum() == 0 ? 0 : bytes.length - skip;
        if (length > 32) {
            throw new IllegalArgumentException("a uint256 has at most 32 bytes, not " + length + ": " + value);
        }
        out.write(length);
        out.write(bytes, skip, length);
    }

    void address(EthereumAddress address) {
        out.writeBytes(address.bytes());
    }

    void bytes(byte[] bytes) {
        out.writeBytes(bytes);
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }
}

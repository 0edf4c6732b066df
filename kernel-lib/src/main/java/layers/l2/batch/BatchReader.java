package layers.l2.batch;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import layers.l1.keys.EthereumAddress;

/**
 * Reads the format's field types (see {@link BatchCodec}) and rejects every non-canonical or truncated encoding with
 * a {@link BatchFormatException} naming the offset, so that each batch has exactly one encoding.
 */
final class BatchReader {

    private final byte[] data;
    private int position;

    BatchReader(byte[] data) {
        this.data = data;
    }

    int position() {
        return position;
    }

    boolean atEnd() {
        return position == data.length;
    }

    BatchFormatException error(int offset, String problem) {
        return new BatchFormatException(offset, problem);
    }

    private void need(int count, String what) {
        if (data.length - position < count) {
            throw error(position, what + " needs " + count + " byte" + (count == 1 ? "" : "s") + " but only "
                    + (data.length - position) + " remain (the batch is truncated)");
        }
    }

    int u8(String what) {
        need(1, what);
        return data[position++] & 0xFF;
    }

    /** An unsigned LEB128 varint of at most 63 bits, in its shortest form. */
    long uvarint(String what) {
        int start = position;
        long value = 0;
        for (int shift = 0; ; shift += 7) {
            if (shift > 56) {
                throw error(start, what + " is a varint longer than 9 bytes: it does not fit in 63 bits");
            }
            int b = u8(what);
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                if (b == 0 && shift > 0) {
                    throw error(start, what + " is a varint with a needless trailing zero group (not the shortest"
                            + " encoding)");
                }
                if (value < 0) {
                    throw error(start, what + " does not fit in 63 bits");
                }
                return value;
            }
        }
    }

    BigInteger uint256(String what) {
        int start = position;
        int length = u8(what + "'s length");
        if (length > 32) {
            throw error(start, what + " is a uint256 of at most 32 bytes, but its length byte says " + length);
        }
        need(length, what);
        if (length > 0 && data[position] == 0) {
            throw error(position, what + " has a leading zero byte (not the shortest encoding)");
        }
        BigInteger value = new BigInteger(1, Arrays.copyOfRange(data, position, position + length));
        position += length;
        return value;
    }

    EthereumAddress address(String what) {
        need(EthereumAddress.LENGTH, what);
        EthereumAddress address = EthereumAddress.of(Arrays.copyOfRange(data, position,
                position + EthereumAddress.LENGTH));
        position += EthereumAddress.LENGTH;
        return address;
    }

    byte[] bytes(int count, String what) {
        need(count, what);
        byte[] out = Arrays.copyOfRange(data, position, position + count);
        position += count;
        return out;
    }

    String utf8(String what) {
        int start = position;
        long length = uvarint(what + "'s length");
        if (length > data.length - position) {
            throw error(start, what + " claims " + length + " bytes but only " + (data.length - position)
                    + " remain (the batch is truncated)");
        }
        int textStart = position;
        byte[] raw = bytes((int) length, what);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(raw)).toString();
        } catch (CharacterCodingException e) {
            throw error(textStart, what + " is not valid UTF-8");
        }
    }
}

package layers.l1.ledger;

import java.util.Arrays;

/**
 * Reads little-endian fields from bytes received from elsewhere; running out of bytes or finding a bad value is a
 * {@link MalformedException} that names the field and the offset.
 */
public final class ByteReader {

    private final byte[] bytes;
    private int position;

    public ByteReader(byte[] bytes) {
        this.bytes = bytes.clone();
    }

    public int position() {
        return position;
    }

    public int remaining() {
        return bytes.length - position;
    }

    public int readByte(String field) {
        need(1, field);
        return bytes[position++] & 0xff;
    }

    public long readUint32(String field) {
        need(4, field);
        long v = 0;
        for (int i = 3; i >= 0; i--) {
            v = v << 8 | (bytes[position + i] & 0xffL);
        }
        position += 4;
        return v;
    }

    public long readInt64(String field) {
        need(8, field);
        long v = 0;
        for (int i = 7; i >= 0; i--) {
            v = v << 8 | (bytes[position + i] & 0xffL);
        }
        position += 8;
        return v;
    }

    public byte[] readBytes(int count, String field) {
        need(count, field);
        byte[] out = Arrays.copyOfRange(bytes, position, position + count);
        position += count;
        return out;
    }

    /** A count of items each at least {@code itemSize} bytes long: refused if the rest cannot hold them. */
    public int readCount(String field, int itemSize) {
        int at = position;
        long count = readUint32(field);
        if (count * itemSize > remaining()) {
            throw new MalformedException(field + " is " + count + ", but only " + remaining() + " bytes follow", at);
        }
        return (int) count;
    }

    /** Fails unless every byte has been read. */
    public void expectEnd(String what) {
        if (remaining() != 0) {
            throw new MalformedException(remaining() + " bytes left over after the " + what, position);
        }
    }

    /** A malformation found at the current position. */
    public MalformedException malformed(String message) {
        return new MalformedException(message, position);
    }

    private void need(int count, String field) {
        if (remaining() < count) {
            throw new MalformedException("the " + field + " needs " + count + " bytes, only " + remaining()
                    + " are left", position);
        }
    }
}

package layers.l1.ledger;

import java.io.ByteArrayOutputStream;

/** Writes little-endian fields, the counterpart of {@link ByteReader}. */
public final class ByteWriter {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    public ByteWriter writeByte(int value) {
        out.write(value);
        return this;
    }

    public ByteWriter writeUint32(long value) {
        for (int i = 0; i < 4; i++) {
            out.write((int) (value >>> (8 * i)));
        }
        return this;
    }

    public ByteWriter writeInt64(long value) {
        for (int i = 0; i < 8; i++) {
            out.write((int) (value >>> (8 * i)));
        }
        return this;
    }

    public ByteWriter writeBytes(byte[] bytes) {
        out.write(bytes, 0, bytes.length);
        return this;
    }

    public byte[] toByteArray() {
        return out.toByteArray();
    }
}

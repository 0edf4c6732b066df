package layers.l2.rollup;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Writing big-endian fields to a byte array, for the encodings of this package. */
final class Bytes {

    /** What to write. */
    interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    private Bytes() {
    }

    static byte[] write(Writer w) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            w.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}

package layers.exercises.batching;

/**
 * Exercise {@code batching.varint}: the unsigned varint that the batch format writes nonces and gas limits in. Write
 * {@link #encode} and {@link #decode}, then grade them: {@code ./course grade batching.varint}.
 *
 * <p>Hints:
 * <ol>
 *   <li>Encode: while the value has bits above the low 7, write {@code (value & 0x7F) | 0x80} and shift right by 7
 *       ({@code >>>}); then write the last group as it is.</li>
 *   <li>Decode: accumulate {@code (b & 0x7F) << shift}, shift += 7, until a byte without the high bit.</li>
 *   <li>Reject: a tenth byte (beyond 63 bits), a last byte of 0 after other bytes, bytes left over, and running out of
 *       bytes.</li>
 * </ol>
 */
public class MyVarint implements Varint {

    @Override
    public byte[] encode(long value) {
        // BEGIN SOLUTION batching.varint
        if (value < 0) {
            throw new IllegalArgumentException("a varint is 0 or more, not " + value);
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        long v = value;
        while ((v & ~0x7FL) != 0) {
            out.write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
        return out.toByteArray();
        // END SOLUTION
    }

    @Override
    public long decode(byte[] bytes) {
        // BEGIN SOLUTION batching.varint
        long value = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (i == 9) {
                throw new IllegalArgumentException("a varint of more than 9 bytes does not fit in 63 bits");
            }
            int b = bytes[i] & 0xFF;
            value |= (long) (b & 0x7F) << (7 * i);
            if ((b & 0x80) == 0) {
                if (b == 0 && i > 0) {
                    throw new IllegalArgumentException("a needless zero group at byte " + i + ": not the shortest form");
                }
                if (i != bytes.length - 1) {
                    throw new IllegalArgumentException((bytes.length - 1 - i) + " bytes follow the varint");
                }
                return value;
            }
        }
        throw new IllegalArgumentException("the varint is truncated: its last byte says more follow");
        // END SOLUTION
    }
}

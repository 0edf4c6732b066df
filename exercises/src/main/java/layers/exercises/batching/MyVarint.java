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
        throw new UnsupportedOperationException("exercise batching.varint: not written yet — see the hints above");
    }

    @Override
    public long decode(byte[] bytes) {
        throw new UnsupportedOperationException("exercise batching.varint: not written yet — see the hints above");
    }
}

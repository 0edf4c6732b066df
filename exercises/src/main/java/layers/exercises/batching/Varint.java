package layers.exercises.batching;

/** The unsigned varint of the batch format (LEB128, as protobuf's and Optimism's span batches'). */
public interface Varint {

    /**
     * {@code value} in 7-bit groups, least significant first, each byte's high bit set when more bytes follow:
     * 0 is {@code [0x00]}, 300 is {@code [0xAC, 0x02]}. Always the shortest form.
     *
     * @throws IllegalArgumentException if {@code value} is negative
     */
    byte[] encode(long value);

    /**
     * The value of {@code bytes}, which must be exactly one varint in its shortest form, of at most 63 bits.
     *
     * @throws IllegalArgumentException if the bytes are empty, end while the high bit says more follow, have bytes
     *                                  after the varint, end in a needless zero group ({@code [0x81, 0x00]} for 1),
     *                                  or hold more than 63 bits
     */
    long decode(byte[] bytes);
}

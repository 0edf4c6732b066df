package layers.exercises.welcome;

/**
 * Writes bytes as hexadecimal text, the way Bitcoin shows hashes, keys and raw transactions.
 */
public interface HexEncoder {

    /**
     * Two lowercase hexadecimal digits per byte, in order, the high digit first: {@code {0x00, 0xab}} becomes
     * {@code "00ab"}; no bytes become {@code ""}.
     */
    String encode(byte[] bytes);
}

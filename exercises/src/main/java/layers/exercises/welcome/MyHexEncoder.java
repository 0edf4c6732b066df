package layers.exercises.welcome;

/**
 * Exercise {@code welcome.hex}: write bytes as lowercase hexadecimal, two digits per byte.
 * Write {@link #encode}, then grade it: {@code ./course grade welcome.hex}.
 *
 * <p>Hints:
 * <ol>
 *   <li>Java's {@code byte} is signed: {@code (byte) 0xff} is -1. {@code b & 0xff} is its value from 0 to 255.</li>
 *   <li>The high digit is {@code (b & 0xff) >>> 4} and the low digit is {@code b & 0x0f}: each a number from 0
 *       to 15, which picks a character of {@code "0123456789abcdef"}.</li>
 *   <li>Collect the digits in a {@code StringBuilder} of capacity {@code 2 * bytes.length}.</li>
 * </ol>
 */
public class MyHexEncoder implements HexEncoder {

    @Override
    public String encode(byte[] bytes) {
        throw new UnsupportedOperationException("exercise welcome.hex: not written yet — see the hints above");
    }
}

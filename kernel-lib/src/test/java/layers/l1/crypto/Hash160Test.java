package layers.l1.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Hash160Test {

    private static final String HEX = "751e76e8199196d454941c45d1b3a323f1433bd6";

    @Test
    void hexRoundTrips() {
        Hash160 h = Hash160.fromHex(HEX);
        assertEquals(HEX, h.toHex());
        assertEquals(HEX, h.toString());
        assertEquals(h, Hash160.of(h.bytes()));
        assertEquals(h.hashCode(), Hash160.fromHex("0x" + HEX.toUpperCase()).hashCode());
    }

    @Test
    void bytesAreACopy() {
        Hash160 h = Hash160.fromHex(HEX);
        byte[] b = h.bytes();
        b[0] ^= 1;
        assertNotEquals(Hash160.of(b), h);
        assertEquals(HEX, h.toHex());
    }

    @Test
    void ordersAsUnsignedBytes() {
        assertTrue(Hash160.fromHex("00".repeat(20)).compareTo(Hash160.fromHex("ff" + "00".repeat(19))) < 0);
    }

    @Test
    void aWrongLengthIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Hash160.fromHex("abcd"));
        assertEquals("a 160-bit hash has 20 bytes, not 2: abcd", e.getMessage());
    }

    @Test
    void badHexIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Hash160.fromHex("zz" + HEX.substring(2)));
        assertTrue(e.getMessage().startsWith("not a hex digit: 'z' at position 0"), e.getMessage());
    }
}

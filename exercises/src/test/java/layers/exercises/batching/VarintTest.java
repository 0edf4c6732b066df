package layers.exercises.batching;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import layers.grading.GradedExercise;
import layers.grading.Implementation;
import layers.grading.Points;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@GradedExercise(
        id = "batching.varint",
        title = "The batch format's unsigned varint",
        contract = Varint.class,
        statement = """
                The batch format writes nonces, gas limits and the transaction count as unsigned varints (LEB128, \
                protobuf's varint, which Optimism's span batches use too): 7 bits per byte, least significant \
                first, the high bit set on every byte but the last. Write `encode(value)` (the shortest form; 0 is \
                `[0x00]`, 300 is `[0xAC, 0x02]`; a negative value is an `IllegalArgumentException`) and \
                `decode(bytes)`, which accepts exactly one varint in its shortest form of at most 63 bits and \
                throws `IllegalArgumentException` for anything else: empty or truncated input, bytes left over, a \
                needless zero group such as `[0x81, 0x00]`, or a tenth byte.""",
        hints = {
            "Encode: while the value has bits above the low 7, write `(value & 0x7F) | 0x80` and shift right by 7 "
                    + "(`>>>`); then write the last group.",
            "Decode: accumulate `(b & 0x7F) << shift`, shift += 7, until a byte without the high bit.",
            "Reject a tenth byte, a last byte of 0 after other bytes, leftover bytes, and running out of bytes."
        })
class VarintTest {

    private final Varint varint = Implementation.of(Varint.class);

    @Test
    @Points(1)
    @DisplayName("small values: 0, 1, 127 in one byte, 128 in two")
    void small() {
        assertArrayEquals(new byte[] {0}, varint.encode(0), "encode(0)");
        assertArrayEquals(new byte[] {1}, varint.encode(1), "encode(1)");
        assertArrayEquals(new byte[] {0x7F}, varint.encode(127), "encode(127)");
        assertArrayEquals(new byte[] {(byte) 0x80, 0x01}, varint.encode(128), "encode(128)");
    }

    @Test
    @Points(1)
    @DisplayName("300 is AC 02, and decodes back")
    void threeHundred() {
        assertArrayEquals(new byte[] {(byte) 0xAC, 0x02}, varint.encode(300), "encode(300)");
        assertEquals(300, varint.decode(new byte[] {(byte) 0xAC, 0x02}), "decode([AC, 02])");
    }

    @Test
    @Points(1)
    @DisplayName("rejects truncated input and leftover bytes")
    void truncatedAndLeftover() {
        assertThrows(IllegalArgumentException.class, () -> varint.decode(new byte[0]), "decode([])");
        assertThrows(IllegalArgumentException.class, () -> varint.decode(new byte[] {(byte) 0xAC}), "decode([AC])");
        assertThrows(IllegalArgumentException.class, () -> varint.decode(new byte[] {1, 1}), "decode([01, 01])");
    }
}

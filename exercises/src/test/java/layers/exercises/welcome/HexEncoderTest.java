package layers.exercises.welcome;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;
import layers.grading.GradedExercise;
import layers.grading.Implementation;
import layers.grading.Points;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@GradedExercise(
        id = "welcome.hex",
        title = "Write bytes as hexadecimal",
        contract = HexEncoder.class,
        statement = """
                Hashes, keys and transactions are bytes, and Bitcoin shows them as hexadecimal text: two digits \
                per byte, from `00` to `ff`. Write `encode`, which turns bytes into lowercase hexadecimal: \
                `{0x00, 0xab}` becomes `"00ab"`. Every byte gives exactly two digits, so leading zeros stay.""",
        hints = {
            "Java's `byte` is signed: `(byte) 0xff` is -1. `b & 0xff` is its value from 0 to 255.",
            "The high digit is `(b & 0xff) >>> 4` and the low digit is `b & 0x0f`: each a number from 0 to 15, "
                    + "which picks a character of `\"0123456789abcdef\"`.",
            "Collect the digits in a `StringBuilder` of capacity `2 * bytes.length`."
        })
class HexEncoderTest {

    private final HexEncoder hex = Implementation.of(HexEncoder.class);

    @Test
    @Points(1)
    @DisplayName("no bytes are an empty string")
    void noBytesAreAnEmptyString() {
        assertEquals("", hex.encode(new byte[0]), "encode of {}");
    }

    @Test
    @Points(1)
    @DisplayName("two digits per byte, leading zeros kept")
    void twoDigitsPerByte() {
        assertEquals("00010f", hex.encode(new byte[] {0x00, 0x01, 0x0f}), "encode of {0x00, 0x01, 0x0f}");
    }

    @Test
    @Points(1)
    @DisplayName("bytes above 0x7f have no minus sign")
    void bytesAboveSevenFHaveNoSign() {
        assertEquals("80ff", hex.encode(new byte[] {(byte) 0x80, (byte) 0xff}), "encode of {0x80, 0xff}");
    }

    @Test
    @Points(1)
    @DisplayName("digits are lowercase")
    void digitsAreLowercase() {
        assertEquals("abcdef", hex.encode(new byte[] {(byte) 0xab, (byte) 0xcd, (byte) 0xef}),
                "encode of {0xab, 0xcd, 0xef}");
    }

    @Test
    @Points(1)
    @DisplayName("writes the SHA-256 hash of \"abc\"")
    void writesAHash() throws NoSuchAlgorithmException {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest("abc".getBytes(StandardCharsets.US_ASCII));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", hex.encode(hash),
                "encode of SHA-256(\"abc\")");
    }
}

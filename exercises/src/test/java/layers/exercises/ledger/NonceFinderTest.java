package layers.exercises.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import layers.grading.GradedExercise;
import layers.grading.Implementation;
import layers.grading.Points;
import layers.l1.block.BlockHeader;
import layers.l1.block.ChainBuilder;
import layers.l1.block.CompactTarget;
import layers.l1.crypto.Hash;
import layers.l1.crypto.Sha256;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@GradedExercise(
        id = "ledger.find-nonce",
        title = "Find the nonce that meets the target",
        contract = NonceFinder.class,
        statement = """
                A block's proof of work is a header whose double SHA-256 hash, read as a 256-bit number, is at most \
                the target its bits encode. Bitcoin reads the hash in little-endian order: its *last* byte is the \
                most significant. Write `meetsTarget`, which compares a hash with a target that way. Then write \
                `findNonce`, which tries the nonces 0, 1, 2, ... in the header and returns the first that makes its \
                hash meet the target of the header's bits. Bits that encode no usable target are an \
                `IllegalArgumentException`.""",
        hints = {
            "`new BigInteger(1, bytes)` reads bytes as an unsigned big-endian number. A block hash is read the other "
                    + "way round, so reverse the bytes first, or use `blockHash.toLittleEndianNumber()`.",
            "\"At most\" is `compareTo(target) <= 0`.",
            "The header's bits give the target: `template.bits().toTarget()`. Check "
                    + "`template.bits().encodingProblem()` first: with a zero target, no nonce works and the search "
                    + "never ends.",
            "Try `template.withNonce(nonce)` for nonce = 0, 1, 2, ... up to `0xffffffffL`, and return the first "
                    + "whose `hash()` meets the target."
        })
class NonceFinderTest {

    private final NonceFinder finder = Implementation.of(NonceFinder.class);

    private static BlockHeader template(String merkleRootSeed, long nonce) {
        Hash root = Sha256.hash(merkleRootSeed.getBytes(StandardCharsets.US_ASCII));
        return BlockHeader.of(1, Hash.ZERO, root, ChainBuilder.GENESIS_TIME, CompactTarget.EASY, nonce);
    }

    /** The smallest nonce that works, by brute force with the library's check. */
    private static long smallestNonce(BlockHeader template) {
        long nonce = 0;
        while (!template.withNonce(nonce).meetsTarget()) {
            nonce++;
        }
        return nonce;
    }

    /** The hash whose little-endian reading is {@code number}. */
    private static Hash littleEndian(BigInteger number) {
        byte[] big = number.toByteArray();
        byte[] little = new byte[Hash.LENGTH];
        for (int i = 0; i < Hash.LENGTH && i < big.length; i++) {
            little[i] = big[big.length - 1 - i];
        }
        return Hash.of(little);
    }

    @Test
    @Points(1)
    @DisplayName("the zero hash meets the easy target")
    void zeroHashMeetsTarget() {
        assertTrue(finder.meetsTarget(Hash.ZERO, CompactTarget.EASY.toTarget()), "meetsTarget(zero hash, EASY)");
    }

    @Test
    @Points(2)
    @DisplayName("the hash is read little-endian: its last byte is the most significant")
    void hashIsLittleEndian() {
        byte[] firstByteSet = new byte[32];
        firstByteSet[0] = (byte) 0xff;
        byte[] lastByteSet = new byte[32];
        lastByteSet[31] = 0x01;
        BigInteger easy = CompactTarget.EASY.toTarget();
        assertTrue(finder.meetsTarget(Hash.of(firstByteSet), easy),
                "meetsTarget(ff000000...00, EASY): the hash is the number 255");
        assertFalse(finder.meetsTarget(Hash.of(lastByteSet), easy),
                "meetsTarget(00000000...01, EASY): the hash is the number 2^248");
    }

    @Test
    @Points(1)
    @DisplayName("a hash equal to the target meets it; one above it does not")
    void atMostTheTarget() {
        BigInteger easy = CompactTarget.EASY.toTarget();
        assertTrue(finder.meetsTarget(littleEndian(easy), easy), "meetsTarget(the target itself, EASY)");
        assertFalse(finder.meetsTarget(littleEndian(easy.add(BigInteger.ONE)), easy),
                "meetsTarget(the target + 1, EASY)");
    }

    @Test
    @Points(1)
    @DisplayName("the nonce found makes the header meet its target")
    void nonceMeetsTarget() {
        BlockHeader template = template("block one", 0);
        long nonce = finder.findNonce(template);
        assertTrue(template.withNonce(nonce).meetsTarget(),
                "the header with nonce " + nonce + " has hash " + template.withNonce(nonce).hash().toDisplayHex());
    }

    @Test
    @Points(2)
    @DisplayName("the nonce found is the smallest that works")
    void smallestNonce() {
        BlockHeader template = template("block two", 0);
        assertEquals(smallestNonce(template), finder.findNonce(template), "findNonce of the template \"block two\"");
    }

    @Test
    @Points(1)
    @DisplayName("bits that encode a negative target are an IllegalArgumentException")
    void negativeTargetIsAnError() {
        BlockHeader template = template("block three", 0).withBits(CompactTarget.of(0x1f800001L));
        assertThrows(IllegalArgumentException.class, () -> finder.findNonce(template),
                "findNonce of a header with bits 0x1f800001 (sign bit set)");
    }
}

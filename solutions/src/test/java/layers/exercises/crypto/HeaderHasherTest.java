package layers.exercises.crypto;

import static layers.exercises.crypto.MainnetData.BLOCK_1;
import static layers.exercises.crypto.MainnetData.BLOCK_100000;
import static layers.exercises.crypto.MainnetData.BLOCK_125552;
import static layers.exercises.crypto.MainnetData.BLOCK_170;
import static layers.exercises.crypto.MainnetData.BLOCK_2;
import static layers.exercises.crypto.MainnetData.BLOCK_840000;
import static layers.exercises.crypto.MainnetData.GENESIS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Random;
import layers.exercises.crypto.MainnetData.Header;
import layers.grading.GradedExercise;
import layers.grading.Hidden;
import layers.grading.Implementation;
import layers.grading.Points;
import layers.l1.block.BlockHeader;
import layers.l1.block.CompactTarget;
import layers.l1.crypto.Hash;
import layers.l1.crypto.Hex;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@GradedExercise(
        id = "crypto.header-hash",
        title = "Serialize and hash a block header",
        contract = HeaderHasher.class,
        statement = """
                A Bitcoin block's id is the double SHA-256 of its 80-byte header. Write `serialize`, which writes \
                the six fields in order: `version` (4 bytes), `previousHash` (32), `merkleRoot` (32), `time` (4), \
                `bits` (4) and `nonce` (4). The 4-byte numbers are little-endian (lowest byte first), and `time`, \
                `bits` and `nonce` are unsigned: a `time` or `nonce` outside 0 to 4,294,967,295 is an \
                `IllegalArgumentException`. The hashes go in as `Hash.bytes()` gives them. Then write `blockHash`: \
                `SHA256(SHA256(header))` of exactly 80 bytes (any other length is an `IllegalArgumentException`). \
                The tests use real mainnet headers, from the genesis block to block 840000. Source: Bitcoin Core \
                `CBlockHeader`.""",
        hints = {
            "Fill a `new byte[80]` at offsets 0 (version), 4 (previous hash), 36 (Merkle root), 68 (time), 72 (bits, "
                    + "as the number `bits.bits()`) and 76 (nonce). `System.arraycopy` copies a hash's 32 bytes in.",
            "Little-endian: byte `k` of a 4-byte number `v` is `(byte) (v >>> (8 * k))`, for k = 0 to 3. The same "
                    + "shifts work for the `int` version and for the `long` fields.",
            "Check `0 <= time <= 0xffffffffL` and the same for the nonce before writing them. The hash is "
                    + "`Sha256.doubleHash(header)`, once you have checked that the header has 80 bytes."
        })
class HeaderHasherTest {

    private final HeaderHasher hasher = Implementation.of(HeaderHasher.class);

    private byte[] serialize(Header h) {
        return hasher.serialize(h.version(), h.previous(), h.root(), h.time(), h.target(), h.nonce());
    }

    @Test
    @Points(2)
    @DisplayName("the genesis header serializes to its 80 bytes")
    void genesisSerializes() {
        assertEquals(GENESIS.rawHex(), Hex.encode(serialize(GENESIS)), "hex of serialize(the genesis fields)");
    }

    @Test
    @Points(1)
    @DisplayName("fields are little-endian and hashes in hash-function order: block 100000")
    void block100000Serializes() {
        assertEquals(BLOCK_100000.rawHex(), Hex.encode(serialize(BLOCK_100000)), "hex of serialize(block 100000)");
    }

    @Test
    @Points(1)
    @DisplayName("a nonce above 2^31 is written unsigned: block 1")
    void largeNonceIsUnsigned() {
        assertEquals(BLOCK_1.rawHex(), Hex.encode(serialize(BLOCK_1)),
                "hex of serialize(block 1), nonce " + BLOCK_1.nonce());
    }

    @Test
    @Points(1)
    @DisplayName("the genesis block's hash from its 80 bytes")
    void genesisHash() {
        assertEquals(GENESIS.blockHash(), hasher.blockHash(Hex.decode(GENESIS.rawHex())).toDisplayHex(),
                "blockHash(the genesis header), in display order");
    }

    @Test
    @Points(2)
    @DisplayName("block 840000 (April 2024), from fields to hash")
    void block840000FromFieldsToHash() {
        assertEquals(BLOCK_840000.blockHash(), hasher.blockHash(serialize(BLOCK_840000)).toDisplayHex(),
                "blockHash(serialize(block 840000)), in display order");
    }

    @Test
    @Points(1)
    @DisplayName("a header that is not 80 bytes is an IllegalArgumentException")
    void wrongLengthIsRefused() {
        byte[] short79 = new byte[79];
        assertThrows(IllegalArgumentException.class, () -> hasher.blockHash(short79), "blockHash(79 bytes)");
        byte[] long81 = new byte[81];
        assertThrows(IllegalArgumentException.class, () -> hasher.blockHash(long81), "blockHash(81 bytes)");
    }

    @Test
    @Hidden
    @Points(2)
    @DisplayName("blocks 2, 170 and 125552, from fields to hash")
    void moreMainnetHeaders() {
        for (Header h : List.of(BLOCK_2, BLOCK_170, BLOCK_125552)) {
            byte[] raw = serialize(h);
            assertEquals(h.rawHex(), Hex.encode(raw), "hex of serialize(" + h + ")");
            assertEquals(h.blockHash(), hasher.blockHash(raw).toDisplayHex(), "blockHash of " + h);
        }
    }

    @Test
    @Hidden
    @Points(1)
    @DisplayName("a time or nonce outside 32 unsigned bits is an IllegalArgumentException")
    void outOfRangeFieldsAreRefused() {
        Header g = GENESIS;
        assertThrows(IllegalArgumentException.class,
                () -> hasher.serialize(1, g.previous(), g.root(), -1, g.target(), g.nonce()), "time -1");
        assertThrows(IllegalArgumentException.class,
                () -> hasher.serialize(1, g.previous(), g.root(), 1L << 32, g.target(), g.nonce()), "time 2^32");
        assertThrows(IllegalArgumentException.class,
                () -> hasher.serialize(1, g.previous(), g.root(), g.time(), g.target(), 1L << 32), "nonce 2^32");
        assertThrows(IllegalArgumentException.class,
                () -> hasher.serialize(1, g.previous(), g.root(), g.time(), g.target(), -1), "nonce -1");
    }

    @Test
    @Hidden
    @Points(1)
    @DisplayName("500 seeded random headers, edge values included")
    void seededRandomHeaders() {
        Random random = new Random(1_231_006_505L);
        for (int i = 0; i < 500; i++) {
            byte[] raw = new byte[BlockHeader.SIZE];
            random.nextBytes(raw);
            if (i == 0) {
                java.util.Arrays.fill(raw, (byte) 0xff);
            }
            BlockHeader h = BlockHeader.parse(raw);
            byte[] mine = hasher.serialize(h.version(), h.previousHash(), h.merkleRoot(), h.time(),
                    CompactTarget.of(h.bits().bits()), h.nonce());
            assertArrayEquals(raw, mine, "serialize of random header #" + i + " (seed 1231006505)");
            assertEquals(h.hash(), hasher.blockHash(raw), "blockHash of random header #" + i);
        }
    }
}

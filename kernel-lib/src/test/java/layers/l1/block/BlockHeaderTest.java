package layers.l1.block;

import layers.l1.crypto.Hash;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BlockHeaderTest {

    static final BlockHeader GENESIS = BlockHeader.of(1, Hash.ZERO,
            Hash.fromDisplayHex("4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b"),
            1231006505L, CompactTarget.of(0x1d00ffffL), 2083236893L);

    /** The genesis header as it is sent: fields little-endian, hashes in hash-function order. */
    static final String GENESIS_HEX = "01000000"
            + "0000000000000000000000000000000000000000000000000000000000000000"
            + "3ba3edfd7a7b12b27ac72c3e67768f617fc81bc3888a51323a9fb8aa4b1e5e4a"
            + "29ab5f49" + "ffff001d" + "1dac2b7c";

    static final BlockHeader BLOCK_100000 = BlockHeader.of(1,
            Hash.fromDisplayHex("000000000002d01c1fccc21636b607dfd930d31d01c3a62104612a1719011250"),
            Hash.fromDisplayHex("f3e94742aca4b5ef85488dc37c06c3282295ffec960994b2c0d5ac2a25a95766"),
            1293623863L, CompactTarget.of(0x1b04864cL), 274148111L);

    @Test
    void genesisHeaderHashesToTheGenesisBlockHash() {
        assertEquals("000000000019d6689c085ae165831e934ff763ae46a2a6c172b3f1b60a8ce26f",
                GENESIS.hash().toDisplayHex());
    }

    @Test
    void genesisHeaderSerializesToItsRawBytes() {
        assertEquals(GENESIS_HEX, GENESIS.toHex());
    }

    @Test
    void rawGenesisHeaderParsesToItsFields() {
        assertEquals(GENESIS, BlockHeader.fromHex(GENESIS_HEX));
    }

    @Test
    void block100000HeaderHashesToItsBlockHash() {
        assertEquals("000000000003ba27aa200b1cecaad478d2b00432346c3f1f3986da1afd33e506",
                BLOCK_100000.hash().toDisplayHex());
    }

    @Test
    void mainnetHeadersMeetTheirTargets() {
        assertTrue(GENESIS.meetsTarget());
        assertTrue(BLOCK_100000.meetsTarget());
    }

    @Test
    void anotherNonceMissesTheTarget() {
        assertFalse(GENESIS.withNonce(GENESIS.nonce() + 1).meetsTarget());
    }

    @Test
    void headerWithUnusableBitsNeverMeetsItsTarget() {
        assertFalse(GENESIS.withBits(CompactTarget.of(0x1d80ffffL)).meetsTarget());
    }

    @Test
    void parsingAndSerializingRandomHeadersIsTheIdentity_seeded() {
        Random random = new Random(11);
        for (int i = 0; i < 2_000; i++) {
            byte[] raw = new byte[BlockHeader.SIZE];
            random.nextBytes(raw);
            assertArrayEquals(raw, BlockHeader.parse(raw).serialize());
        }
    }

    @Test
    void serializingAndParsingEdgeValuesIsTheIdentity() {
        BlockHeader edge = BlockHeader.of(-1, Hash.ZERO, Hash.ZERO, 0xffff_ffffL, CompactTarget.of(0xffff_ffffL),
                0xffff_ffffL);
        assertEquals(edge, BlockHeader.parse(edge.serialize()));
        assertEquals(-1, BlockHeader.parse(edge.serialize()).version());
    }

    @Test
    void wrongLengthIsRefusedNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BlockHeader.parse(new byte[79]));
        assertEquals("a block header has 80 bytes, not 79", e.getMessage());
    }

    @Test
    void negativeTimeIsRefusedNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GENESIS.withTime(-5));
        assertEquals("a header's time is a 32-bit unsigned field, not -5", e.getMessage());
    }

    @Test
    void nonceBeyond32BitsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> GENESIS.withNonce(1L << 32));
    }
}

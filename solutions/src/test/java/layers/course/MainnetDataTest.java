package layers.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import layers.exercises.crypto.MainnetData;
import layers.exercises.crypto.MainnetData.Header;
import layers.l1.block.BlockHeader;
import layers.l1.crypto.Hash;
import layers.l1.crypto.Hex;
import layers.l1.merkle.BitcoinMerkleTree;
import org.junit.jupiter.api.Test;

/**
 * The mainnet data the crypto exercises grade with is what it claims to be: every header's fields serialize to its
 * raw bytes, hash to its block hash, and meet their own target (which a mistyped field would not, but for a chance
 * of about one in 2^32), and the txid lists give the Merkle roots in their headers.
 */
class MainnetDataTest {

    @Test
    void everyHeaderIsConsistentAndMeetsItsTarget() {
        for (Header h : MainnetData.HEADERS) {
            BlockHeader header = BlockHeader.of(h.version(), h.previous(), h.root(), h.time(), h.target(), h.nonce());
            assertEquals(h.rawHex(), header.toHex(), h + ": raw bytes");
            assertEquals(h.blockHash(), header.hash().toDisplayHex(), h + ": block hash");
            assertTrue(header.meetsTarget(), h + ": proof of work");
            assertEquals(header, BlockHeader.parse(Hex.decode(h.rawHex())), h + ": parsed fields");
        }
    }

    @Test
    void headersThatFollowEachOtherAreLinked() {
        assertEquals(MainnetData.GENESIS.blockHash(), MainnetData.BLOCK_1.previousHash());
        assertEquals(MainnetData.BLOCK_1.blockHash(), MainnetData.BLOCK_2.previousHash());
    }

    @Test
    void txidsGiveTheRootsInTheirHeaders() {
        assertEquals(Hash.fromDisplayHex(MainnetData.BLOCK_170.merkleRoot()),
                BitcoinMerkleTree.root(MainnetData.BLOCK_170_TXIDS));
        assertEquals(Hash.fromDisplayHex(MainnetData.BLOCK_100000.merkleRoot()),
                BitcoinMerkleTree.root(MainnetData.BLOCK_100000_TXIDS));
    }
}

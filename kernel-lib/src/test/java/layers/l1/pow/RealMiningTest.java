package layers.l1.pow;

import layers.l1.block.BlockHeader;
import layers.l1.block.CompactTarget;
import layers.l1.crypto.Hash;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RealMiningTest {

    @Test
    void everyMinedHeaderMeetsItsTargetAndLinksToThePreviousOne() {
        Table chain = RealMining.mineChain(20, CompactTarget.EASY, 1);
        Hash previous = Hash.ZERO;
        for (int i = 0; i < chain.rowCount(); i++) {
            int height = chain.intColumn("height").get(i);
            BlockHeader header = BlockHeader.of(1, previous,
                    layers.l1.crypto.Sha256.hash(("block " + height).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    RealMining.GENESIS_TIME + height * 600L, CompactTarget.EASY, chain.longColumn("nonce").get(i));
            assertTrue(header.meetsTarget(), "block " + height);
            assertEquals(chain.stringColumn("blockHash").get(i), header.hash().toDisplayHex());
            previous = header.hash();
        }
    }

    @Test
    void hashesPerBlockAverageTheTargetsExpectedWork() {
        Table chain = RealMining.mineChain(200, CompactTarget.EASY, 2);
        double expected = CompactTarget.EASY.work().doubleValue(); // 4096
        double mean = chain.longColumn("hashesTried").mean();
        // geometric tries: standard deviation ≈ mean, so the mean of 200 is within 5 × 4096 / sqrt(200)
        assertEquals(expected, mean, 5 * expected / Math.sqrt(200));
    }
}

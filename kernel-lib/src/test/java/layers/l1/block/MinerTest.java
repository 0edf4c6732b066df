package layers.l1.block;

import layers.l1.crypto.Hash;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MinerTest {

    private final BlockHeader template = BlockHeader.of(1, Hash.ZERO, Hash.ZERO, 1_700_000_000L,
            CompactTarget.EASY, 0);

    @Test
    void minedHeaderMeetsItsTarget() {
        assertTrue(new Miner(1).mine(template).header().meetsTarget());
    }

    @Test
    void miningChangesOnlyTheNonce() {
        BlockHeader mined = new Miner(1).mine(template).header();
        assertEquals(template.withNonce(mined.nonce()), mined);
    }

    @Test
    void sameSeedMinesTheSameNonceWithTheSameEffort() {
        assertEquals(new Miner(3).mine(template), new Miner(3).mine(template));
    }

    @Test
    void effortIsAboutTheTargetsExpectedWork() {
        Miner miner = new Miner(4);
        long total = 0;
        for (int i = 0; i < 200; i++) {
            total += miner.mine(template.withTime(template.time() + i)).hashesTried();
        }
        double mean = total / 200.0;
        assertTrue(mean > 4096 * 0.7 && mean < 4096 * 1.3, "mean effort " + mean);
    }

    @Test
    void unusableBitsAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Miner(1).mine(template.withBits(CompactTarget.of(0x20800001L))));
        assertTrue(e.getMessage().contains("sign bit"), e.getMessage());
    }
}

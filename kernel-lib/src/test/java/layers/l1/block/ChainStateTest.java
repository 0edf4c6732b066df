package layers.l1.block;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ChainStateTest {

    @Test
    void medianTimePastOfOneBlockIsItsTime() {
        ChainState state = ChainFixtures.stateAfter(ChainFixtures.TEN_BLOCKS.subList(0, 1));
        assertEquals(ChainBuilder.GENESIS_TIME, state.medianTimePast());
    }

    @Test
    void medianTimePastLooksAtTheLastElevenBlocks() {
        List<Block> blocks = ChainFixtures.TEN_BLOCKS;
        ChainState state = ChainFixtures.stateAfter(blocks);
        assertEquals(blocks.get(5).header().time(), state.medianTimePast()); // median of blocks 0..9 (ten): index 5
    }

    @Test
    void emptyChainHasNoMedianTimePast() {
        assertThrows(IllegalStateException.class, () -> new ChainState().medianTimePast());
    }

    @Test
    void emptyChainHasNoTipToDisconnect() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new ChainState().disconnectTip());
        assertEquals("an empty chain has no tip to disconnect", e.getMessage());
    }
}

package layers.l1.pow;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BlockTreeTest {

    /** genesis - 1 - 2 - 3, and a fork 1 - 4. */
    private static BlockTree forked() {
        BlockTree t = new BlockTree();
        int b1 = t.add(BlockTree.GENESIS, 0, 10, 1);
        int b2 = t.add(b1, 1, 20, 1);
        t.add(b2, 0, 30, 1);
        t.add(b1, 2, 25, 1);
        return t;
    }

    @Test
    void confirmationsCountTheBlockAndThoseOnTopOfIt() {
        BlockTree t = forked();
        assertEquals(3, t.confirmations(1, 3));
        assertEquals(1, t.confirmations(3, 3));
        assertEquals(0, t.confirmations(2, 4)); // block 2 is not on the chain ending at 4
    }

    @Test
    void chainWorkAddsUpAlongTheChain() {
        BlockTree t = new BlockTree();
        int a = t.add(BlockTree.GENESIS, 0, 1, 2);
        int b = t.add(a, 0, 2, 3);
        assertEquals(5, t.chainWork(b));
        assertEquals(2, t.height(b));
    }

    @Test
    void forksMeetAtTheirCommonAncestor() {
        BlockTree t = forked();
        assertEquals(1, t.commonAncestor(3, 4));
        assertTrue(t.isAncestor(1, 4));
        assertFalse(t.isAncestor(2, 4));
        assertEquals(2, t.ancestorAt(3, 2));
    }

    @Test
    void anUnknownBlockIsNamedInTheError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> forked().height(9));
        assertEquals("no block 9; the tree has blocks 0 to 4", e.getMessage());
    }
}

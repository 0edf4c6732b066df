package layers.l2.lightning;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NodeHeapTest {

    @Test
    void popsByCostThenByNodeId() {
        NodeHeap heap = new NodeHeap(6);
        heap.clear();
        heap.insert(4, 2.0);
        heap.insert(1, 2.0);
        heap.insert(5, 1.0);
        heap.insert(0, 3.0);
        heap.insert(3, 2.0);
        List<Integer> order = new ArrayList<>();
        while (!heap.isEmpty()) {
            order.add(heap.pop());
        }
        assertEquals(List.of(5, 1, 3, 4, 0), order);
    }

    @Test
    void decreaseKeyMovesANodeUpAndPoppedNodesLeave() {
        NodeHeap heap = new NodeHeap(4);
        heap.clear();
        heap.insert(0, 5.0);
        heap.insert(1, 6.0);
        heap.insert(2, 7.0);
        heap.decrease(2, 1.0);
        assertEquals(1.0, heap.minKey());
        assertEquals(2, heap.pop());
        assertFalse(heap.contains(2));
        assertTrue(heap.contains(0));
        assertThrows(IllegalStateException.class, () -> heap.insert(2, 0.5));
    }

    @Test
    void clearForgetsEveryNode() {
        NodeHeap heap = new NodeHeap(3);
        heap.clear();
        heap.insert(0, 1.0);
        heap.insert(1, 2.0);
        heap.clear();
        assertTrue(heap.isEmpty());
        assertFalse(heap.contains(0));
        heap.insert(0, 4.0);
        assertEquals(0, heap.pop());
    }

    @Test
    void matchesASortOnRandomKeysWithDecreases() {
        SplittableRandom random = new SplittableRandom(7);
        int n = 2_000;
        NodeHeap heap = new NodeHeap(n);
        heap.clear();
        double[] key = new double[n];
        for (int v = 0; v < n; v++) {
            key[v] = random.nextInt(500); // many ties
            heap.insert(v, key[v]);
        }
        for (int i = 0; i < 1_000; i++) {
            int v = random.nextInt(n);
            key[v] = Math.max(0, key[v] - random.nextInt(100));
            heap.decrease(v, key[v]);
        }
        int previous = -1;
        double previousKey = -1;
        for (int i = 0; i < n; i++) {
            int v = heap.pop();
            assertTrue(key[v] > previousKey || key[v] == previousKey && v > previous,
                    "popped " + v + " (" + key[v] + ") after " + previous + " (" + previousKey + ")");
            previous = v;
            previousKey = key[v];
        }
        assertTrue(heap.isEmpty());
    }
}

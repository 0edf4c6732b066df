package layers.l2.batch;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import layers.l1.execution.Action;
import layers.l1.execution.Tx;
import layers.l1.keys.EthereumAddress;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The workload is seeded, has the stated mix, and its batches compress as real ones do. */
class BatchWorkloadTest {

    @Test
    void sameSeedSameTransactions() {
        assertEquals(BatchWorkload.create(5, 100).next(200), BatchWorkload.create(5, 100).next(200));
        assertNotEquals(BatchWorkload.create(5, 100).next(200), BatchWorkload.create(6, 100).next(200));
    }

    @Test
    void theMixIsAsStated() {
        List<Tx> txs = BatchWorkload.create(9, 500).next(10_000);
        long transfers = txs.stream().filter(t -> t.action() instanceof Action.Transfer).count();
        long tokens = txs.stream().filter(t -> t.action() instanceof Action.TokenTransfer).count();
        long swaps = txs.stream().filter(t -> t.action() instanceof Action.Swap).count();
        assertEquals(10_000, transfers + tokens + swaps);
        assertEquals(0.50, transfers / 10_000.0, 0.02);
        assertEquals(0.30, tokens / 10_000.0, 0.02);
        assertEquals(0.20, swaps / 10_000.0, 0.02);
    }

    @Test
    void eachSendersNoncesFollowOneAnother() {
        Map<EthereumAddress, Long> last = new HashMap<>();
        for (Tx tx : BatchWorkload.create(4, 50).next(2_000)) {
            Long previous = last.put(tx.from(), tx.nonce());
            if (previous != null) {
                assertEquals(previous + 1, tx.nonce());
            }
            assertNotEquals(tx.from(), tx.action() instanceof Action.Transfer t ? t.to() : null);
        }
    }

    @Test
    void realisticBatchesCompressButNotMiraculously() {
        BatchStats unsigned = BatchStats.of(TxBatch.unsigned(BatchWorkload.create(1, 2_000).next(500)));
        BatchStats signed = BatchStats.of(BatchWorkload.create(1, 2_000).nextSignedBatch(500));
        assertTrue(unsigned.compressionRatio() > 1.3 && unsigned.compressionRatio() < 4, unsigned.toString());
        // signatures are random bytes: zlib cannot shrink them, so a signed batch compresses less
        assertTrue(signed.compressionRatio() < unsigned.compressionRatio(), signed + " vs " + unsigned);
        assertTrue(signed.compressedBytesPerTx() - unsigned.compressedBytesPerTx() > 60,
                "at least ~65 incompressible bytes a transaction: " + signed + " vs " + unsigned);
    }
}

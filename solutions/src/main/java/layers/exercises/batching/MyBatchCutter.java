package layers.exercises.batching;

import java.util.ArrayList;
import java.util.List;

/**
 * Exercise {@code batching.cut}: cut a sequencer's transactions into batches under a size limit. Write {@link #cut},
 * then grade it: {@code ./course grade batching.cut}.
 *
 * <p>Hints:
 * <ol>
 *   <li>Keep the current batch's byte total and transaction count.</li>
 *   <li>Before adding a transaction, if {@code total + size > maxBatchBytes}, close the batch (add its count) and start
 *       a new one.</li>
 *   <li>After the loop, close the last batch if it holds anything.</li>
 * </ol>
 */
public class MyBatchCutter implements BatchCutter {

    @Override
    public List<Integer> cut(int[] txBytes, int maxBatchBytes) {
        // BEGIN SOLUTION batching.cut
        if (maxBatchBytes < 1) {
            throw new IllegalArgumentException("a batch limit is at least 1 byte, not " + maxBatchBytes);
        }
        List<Integer> counts = new ArrayList<>();
        long total = 0;
        int count = 0;
        for (int i = 0; i < txBytes.length; i++) {
            int size = txBytes[i];
            if (size < 1 || size > maxBatchBytes) {
                throw new IllegalArgumentException("transaction " + i + " has " + size + " bytes; each must be 1 to "
                        + maxBatchBytes);
            }
            if (total + size > maxBatchBytes) {
                counts.add(count);
                total = 0;
                count = 0;
            }
            total += size;
            count++;
        }
        if (count > 0) {
            counts.add(count);
        }
        return counts;
        // END SOLUTION
    }
}

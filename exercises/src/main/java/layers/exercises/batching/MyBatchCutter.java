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
        throw new UnsupportedOperationException("exercise batching.cut: not written yet — see the hints above");
    }
}

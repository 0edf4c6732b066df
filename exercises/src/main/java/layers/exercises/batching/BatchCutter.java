package layers.exercises.batching;

import java.util.List;

/** A sequencer cutting its stream of transactions into batches that fit a size limit. */
public interface BatchCutter {

    /**
     * Cuts transactions of sizes {@code txBytes}, in order, into batches of at most {@code maxBatchBytes} bytes each:
     * a batch takes the next transactions while they fit and is closed by the first one that does not, which then
     * starts the next batch. Returns how many transactions each batch holds, in order ({@code []} when there are no
     * transactions). The order of transactions never changes.
     *
     * @throws IllegalArgumentException naming the index if one transaction alone is larger than the limit or has a
     *                                  size below 1, or if the limit is below 1
     */
    List<Integer> cut(int[] txBytes, int maxBatchBytes);
}

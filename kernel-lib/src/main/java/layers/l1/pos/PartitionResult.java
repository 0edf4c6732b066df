package layers.l1.pos;

import tech.tablesaw.api.Table;

import java.util.OptionalLong;

/**
 * Both sides of a partitioned beacon chain, epoch by epoch.
 *
 * @param majority the larger side's view: one row per epoch after the split
 * @param minority the smaller side's view
 * @param majorityFinalizesAfter epochs from the split until the larger side finalized a new checkpoint, if it did
 * @param minorityFinalizesAfter the same for the smaller side
 */
public record PartitionResult(Table majority, Table minority, OptionalLong majorityFinalizesAfter,
                              OptionalLong minorityFinalizesAfter) {
}

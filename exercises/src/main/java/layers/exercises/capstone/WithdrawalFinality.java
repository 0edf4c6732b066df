package layers.exercises.capstone;

/** When a withdrawal from an optimistic rollup can no longer be reverted on L1. */
public interface WithdrawalFinality {

    /**
     * Seconds (on one clock) at which a withdrawal made at {@code withdrawnAt} is final on L1: its batch is posted at
     * the first multiple of {@code batchIntervalSeconds} at or after {@code withdrawnAt}; the challenge window of
     * {@code windowSeconds} runs from then; the finalizing L1 transaction sent when the window ends is final
     * {@code l1FinalitySeconds} later.
     *
     * @throws IllegalArgumentException if {@code withdrawnAt} or a duration is negative, or the interval is 0
     */
    long finalAt(long withdrawnAt, long batchIntervalSeconds, long windowSeconds, long l1FinalitySeconds);
}

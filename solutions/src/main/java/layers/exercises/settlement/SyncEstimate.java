package layers.exercises.settlement;

/**
 * What a new full node pays to verify a chain from genesis: the chain's size after some more days of growth, and the
 * hours a first sync takes on a given machine.
 */
public interface SyncEstimate {

    /**
     * The chain's size {@code days} days from now: {@code bytesNow + bytesPerDay × days}, exactly.
     *
     * @throws IllegalArgumentException if any argument is negative
     * @throws ArithmeticException      if the result does not fit in a {@code long}
     */
    long chainBytesAfter(long bytesNow, long bytesPerDay, long days);

    /**
     * The hours a new node takes to download and verify {@code chainBytes}. It can go no faster than the slower of
     * its download ({@code downloadMbps} megabits a second, that is {@code downloadMbps × 1,000,000 / 8} bytes a
     * second) and its verification ({@code verifyBytesPerSecond}): {@code chainBytes / min(both rates) / 3600}.
     *
     * @throws IllegalArgumentException if {@code chainBytes} is negative or a rate is not a positive finite number
     */
    double syncHours(long chainBytes, double verifyBytesPerSecond, double downloadMbps);
}

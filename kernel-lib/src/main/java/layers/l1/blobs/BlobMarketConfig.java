package layers.l1.blobs;

import java.util.Objects;
import layers.l1.fees.Wei;

/**
 * A blob fee market under demand that changes steadily: each block, a Poisson number of blobs (mean going from
 * {@code startDemand} to {@code endDemand}) want in, each with a willingness to pay per blob gas drawn log-uniformly
 * between 1 wei and {@code maxWillingness}; those willing to pay the blob base fee get in, up to the fork's maximum.
 *
 * @param schedule          the fork's target, maximum and update fraction
 * @param blocks            how many blocks (12-second slots) to simulate
 * @param startDemand       mean blobs wanted per block at the start
 * @param endDemand         mean blobs wanted per block at the end
 * @param maxWillingness    the highest price per blob gas any blob would pay, in wei
 * @param baseFeePerGas     the execution base fee, constant (EIP-7918's reserve price reads it)
 * @param seed              the simulation's seed
 */
public record BlobMarketConfig(BlobSchedule schedule, int blocks, double startDemand, double endDemand,
                               Wei maxWillingness, Wei baseFeePerGas, long seed) {

    /**
     * @throws IllegalArgumentException naming the value when blocks is not positive, a demand is negative or above
     *                                  1000 blobs a block, or the willingness is below 1 wei
     */
    public BlobMarketConfig {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(maxWillingness, "maxWillingness");
        Objects.requireNonNull(baseFeePerGas, "baseFeePerGas");
        if (blocks <= 0) {
            throw new IllegalArgumentException("blocks must be positive, not " + blocks);
        }
        if (!(startDemand >= 0 && startDemand <= 1000) || !(endDemand >= 0 && endDemand <= 1000)) {
            throw new IllegalArgumentException("demand is 0 to 1000 blobs a block, not " + startDemand + " to "
                    + endDemand);
        }
        if (maxWillingness.isZero()) {
            throw new IllegalArgumentException("the highest willingness to pay must be at least 1 wei");
        }
    }

    /**
     * Demand rising from half the target to twice the target over {@code blocks} blocks, willingness up to 100 gwei
     * per blob gas, execution base fee 1 gwei.
     */
    public static BlobMarketConfig risingDemand(BlobSchedule schedule, int blocks, long seed) {
        return new BlobMarketConfig(schedule, blocks, schedule.target() / 2.0, schedule.target() * 2.0,
                Wei.gwei(100), Wei.gwei(1), seed);
    }

    public BlobMarketConfig withBaseFeePerGas(Wei fee) {
        return new BlobMarketConfig(schedule, blocks, startDemand, endDemand, maxWillingness, fee, seed);
    }

    public BlobMarketConfig withSchedule(BlobSchedule other) {
        return new BlobMarketConfig(other, blocks, startDemand, endDemand, maxWillingness, baseFeePerGas, seed);
    }
}

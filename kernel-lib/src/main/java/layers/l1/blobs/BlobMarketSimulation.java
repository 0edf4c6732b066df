package layers.l1.blobs;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import layers.l1.fees.Wei;

/**
 * The blob fee market run block by block with EIP-4844's rules exactly ({@link BlobSchedule#calcExcessBlobGas},
 * {@link Eip4844#getBaseFeePerBlobGas}) and a seeded demand ({@link BlobMarketConfig}). Blobs that are not willing to
 * pay, or do not fit under the maximum, leave (they do not queue). Same seed, same result.
 *
 * <p>With willingness log-uniform up to R wei, a share {@code 1 - ln(p)/ln(R)} of blobs pays a price p, so while
 * mean demand λ is below the target the price stays at 1 wei, and above it the price settles where
 * {@code λ (1 - ln p / ln R) = target}: {@code p = R^(1 - target/λ)}.
 */
public final class BlobMarketSimulation {

    private BlobMarketSimulation() {
    }

    public static BlobMarketResult run(BlobMarketConfig config) {
        BlobSchedule schedule = config.schedule();
        int blocks = config.blocks();
        SplittableRandom random = new SplittableRandom(config.seed());
        double logR = StrictMath.log(config.maxWillingness().value().doubleValue());
        double[] mean = new double[blocks];
        int[] wanted = new int[blocks];
        int[] included = new int[blocks];
        long[] excess = new long[blocks];
        List<Wei> fees = new ArrayList<>(blocks);
        long currentExcess = 0;
        for (int t = 0; t < blocks; t++) {
            double progress = blocks == 1 ? 0 : (double) t / (blocks - 1);
            mean[t] = config.startDemand() + (config.endDemand() - config.startDemand()) * progress;
            Wei fee = Eip4844.getBaseFeePerBlobGas(currentExcess, schedule);
            BigInteger price = fee.value();
            int count = poisson(random, mean[t]);
            int willing = 0;
            for (int i = 0; i < count; i++) {
                double willingness = StrictMath.exp(random.nextDouble() * logR);
                if (BigInteger.valueOf((long) Math.min(willingness, Long.MAX_VALUE)).compareTo(price) >= 0) {
                    willing++;
                }
            }
            wanted[t] = count;
            included[t] = Math.min(willing, schedule.max());
            excess[t] = currentExcess;
            fees.add(fee);
            BlobHeader header = BlobHeader.withBlobs(currentExcess, included[t], config.baseFeePerGas());
            currentExcess = schedule.calcExcessBlobGas(header);
        }
        return new BlobMarketResult(config, mean, wanted, included, excess, List.copyOf(fees));
    }

    /** Knuth's method, in pieces of mean at most 30 so that e^-mean does not underflow. */
    private static int poisson(SplittableRandom random, double mean) {
        int total = 0;
        double left = mean;
        while (left > 0) {
            double piece = Math.min(left, 30);
            left -= piece;
            double limit = StrictMath.exp(-piece);
            double product = random.nextDouble();
            while (product > limit) {
                total++;
                product *= random.nextDouble();
            }
        }
        return total;
    }
}

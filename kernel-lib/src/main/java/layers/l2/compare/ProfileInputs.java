package layers.l2.compare;

import layers.l1.fees.Usd;
import layers.l1.fees.Wei;

/**
 * The stated inputs every profile is computed from. They are assumptions of the comparison, typical of 2024, not
 * market data.
 *
 * @param ethUsd          price of one ether
 * @param btcUsd          price of one bitcoin
 * @param l1BaseFee       Ethereum base fee per gas
 * @param blobBaseFee     Ethereum base fee per blob gas
 * @param satPerVbyte     Bitcoin fee rate
 * @param batchSize       transactions per rollup batch
 * @param l2BaseFee       an L2's (or sidechain's) own base fee per gas
 * @param l2GasPerSecond  an L2's own execution capacity in gas per second (an assumption of this model)
 * @param bridgeM         signatures the sidechain bridge needs
 * @param bridgeN         sidechain bridge keys
 * @param committeeK      signatures the validium's data committee gives
 * @param committeeN      members of the data committee
 * @param lightningHops   hops of a Lightning route
 * @param lightningFeeMsat routing fee of a Lightning payment, in millisatoshis
 * @param seed            seed of every random choice (workload, keys)
 */
public record ProfileInputs(Usd ethUsd, Usd btcUsd, Wei l1BaseFee, Wei blobBaseFee, long satPerVbyte, int batchSize,
                            Wei l2BaseFee, long l2GasPerSecond, int bridgeM, int bridgeN, int committeeK,
                            int committeeN, int lightningHops, long lightningFeeMsat, long seed) {

    public ProfileInputs {
        if (satPerVbyte < 1) {
            throw new IllegalArgumentException("satPerVbyte must be at least 1 (Bitcoin Core's default minimum relay fee), got " + satPerVbyte);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, got " + batchSize);
        }
        if (l2GasPerSecond < 21_000) {
            throw new IllegalArgumentException("l2GasPerSecond must fit one 21,000-gas transfer, got " + l2GasPerSecond);
        }
        if (bridgeM < 1 || bridgeM > bridgeN) {
            throw new IllegalArgumentException("bridge threshold must be 1.." + bridgeN + ", got " + bridgeM);
        }
        if (committeeK < 1 || committeeK > committeeN) {
            throw new IllegalArgumentException("committee threshold must be 1.." + committeeN + ", got " + committeeK);
        }
        if (lightningHops < 1 || lightningFeeMsat < 0) {
            throw new IllegalArgumentException("lightning route needs at least 1 hop and a fee >= 0, got "
                    + lightningHops + " hops, " + lightningFeeMsat + " msat");
        }
    }

    /**
     * The comparison's defaults: ether $3,500 and bitcoin $60,000; 10 gwei base fee and 1 wei per blob gas
     * (blobs nearly free, as in most of 2024); 10 sat/vB; batches of 1,000; an L2 base fee of 0.01 gwei and 100M gas/s
     * of L2 execution (an assumption, high enough that L1 data space is the rollups' binding limit);
     * a 5-of-9 bridge (Ronin's threshold when it was drained in 2022); a 5-of-7 data committee; 3 hops at 1,000 msat.
     */
    public static ProfileInputs defaults() {
        return new ProfileInputs(Usd.dollars(3_500), Usd.dollars(60_000), Wei.gwei(10), Wei.ONE, 10, 1_000,
                Wei.of(10_000_000L), 100_000_000L, 5, 9, 5, 7, 3, 1_000, 42);
    }

    public ProfileInputs withBatchSize(int size) {
        return new ProfileInputs(ethUsd, btcUsd, l1BaseFee, blobBaseFee, satPerVbyte, size, l2BaseFee, l2GasPerSecond,
                bridgeM, bridgeN, committeeK, committeeN, lightningHops, lightningFeeMsat, seed);
    }

    public ProfileInputs withL1BaseFee(Wei fee) {
        return new ProfileInputs(ethUsd, btcUsd, fee, blobBaseFee, satPerVbyte, batchSize, l2BaseFee, l2GasPerSecond,
                bridgeM, bridgeN, committeeK, committeeN, lightningHops, lightningFeeMsat, seed);
    }
}

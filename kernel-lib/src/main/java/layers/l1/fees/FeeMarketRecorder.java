package layers.l1.fees;

import java.math.BigInteger;
import java.util.Arrays;

/** Collects a {@link FeeMarketSimulation} run's figures block by block, in arrays, for {@link FeeMarketResult}. */
final class FeeMarketRecorder {

    final FeeMarketConfig config;
    final long[] baseFee;
    final long[] gasUsed;
    final long[] timeMicros;
    final int[] arrived;
    final int[] arrivedPricedOut;
    final int[] includedCount;
    final int[] pending;
    final int[] pricedOut;
    final int[] abandoned;
    final BigInteger[] burnt;
    final BigInteger[] tips;
    final double[] medianWait;
    final double[] p90Wait;
    final long[] medianPrice;
    long[] waits = new long[1024];
    int waitCount;
    private long[] blockWaits = new long[256];
    private long[] blockPrices = new long[256];
    private int inBlock;

    FeeMarketRecorder(FeeMarketConfig config) {
        this.config = config;
        int n = config.blocks();
        baseFee = new long[n];
        gasUsed = new long[n];
        timeMicros = new long[n];
        arrived = new int[n];
        arrivedPricedOut = new int[n];
        includedCount = new int[n];
        pending = new int[n];
        pricedOut = new int[n];
        abandoned = new int[n];
        burnt = new BigInteger[n];
        tips = new BigInteger[n];
        medianWait = new double[n];
        p90Wait = new double[n];
        medianPrice = new long[n];
    }

    void startBlock() {
        inBlock = 0;
    }

    void included(long waitMicros, long pricePerGas) {
        if (waitCount == waits.length) {
            waits = Arrays.copyOf(waits, waits.length * 2);
        }
        waits[waitCount++] = waitMicros;
        if (inBlock == blockWaits.length) {
            blockWaits = Arrays.copyOf(blockWaits, inBlock * 2);
            blockPrices = Arrays.copyOf(blockPrices, inBlock * 2);
        }
        blockWaits[inBlock] = waitMicros;
        blockPrices[inBlock] = pricePerGas;
        inBlock++;
    }

    void endBlock(int b, long micros, long fee, long used, int arrivedHere, int arrivedBelow, int includedHere,
                  int pendingAfter, int pricedOutNow, int abandonedHere, BigInteger burntHere, BigInteger tipsHere) {
        baseFee[b] = fee;
        gasUsed[b] = used;
        timeMicros[b] = micros;
        arrived[b] = arrivedHere;
        arrivedPricedOut[b] = arrivedBelow;
        includedCount[b] = includedHere;
        pending[b] = pendingAfter;
        pricedOut[b] = pricedOutNow;
        abandoned[b] = abandonedHere;
        burnt[b] = burntHere;
        tips[b] = tipsHere;
        if (inBlock == 0) {
            medianWait[b] = Double.NaN;
            p90Wait[b] = Double.NaN;
            medianPrice[b] = -1;
        } else {
            Arrays.sort(blockWaits, 0, inBlock);
            Arrays.sort(blockPrices, 0, inBlock);
            medianWait[b] = blockWaits[FeeMarketResult.rank(50, inBlock)] / 1e6;
            p90Wait[b] = blockWaits[FeeMarketResult.rank(90, inBlock)] / 1e6;
            medianPrice[b] = blockPrices[FeeMarketResult.rank(50, inBlock)];
        }
    }

    FeeMarketResult finish(int pendingAtEnd) {
        return new FeeMarketResult(this, pendingAtEnd);
    }
}

package layers.l1.fees;

import layers.l1.network.SimRandom;
import layers.notebook.Progress;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A fee market, block by block: users arrive as a Poisson process whose rate follows a {@link DemandCurve}, each
 * with a transaction of some gas and a bid ({@link Bidders}); they wait in a mempool; every {@code blockSeconds} a
 * builder fills a block of {@code gasLimit} gas by effective tip ({@link BlockBuilder}); under EIP-1559 the base
 * fee then moves by {@link Eip1559#expectedBaseFeePerGas} and the base fee times the gas used is burnt. A user whose
 * patience runs out leaves. Runs once; {@link #run} returns the tables of what happened ({@link FeeMarketResult}).
 *
 * <p>The seed is split into one stream per purpose (arrival times, values, tips, kinds, patience), so the two
 * mechanisms run with the same seed see exactly the same users; only what they bid and pay differs.
 *
 * <pre>{@code
 * FeeMarketResult r = new FeeMarketSimulation(FeeMarketConfig.congestion()).run(progress("blocks", 1_000));
 * r.blocks()   // base fee, gas used, queue length, users priced out, waiting times, block by block
 * }</pre>
 *
 * <p>Simplified: a transaction uses exactly its gas (no unused gas refunded); one transaction per user and no nonces;
 * no replacement or fee bumping; no mempool size limit; every block is built by the same honest builder.
 */
public final class FeeMarketSimulation {

    private static final long ARRIVALS = 1;
    private static final long VALUES = 2;
    private static final long TIPS = 3;
    private static final long KINDS = 4;
    private static final long PATIENCE = 5;
    private static final long MICROS = 1_000_000L;

    private final FeeMarketConfig config;
    private boolean ran;

    public FeeMarketSimulation(FeeMarketConfig config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
    }

    public FeeMarketResult run() {
        return run(Progress.silent("fee market", config.blocks()));
    }

    /** Runs the blocks, advancing {@code progress} once per block. */
    public FeeMarketResult run(Progress progress) {
        if (ran) {
            throw new IllegalStateException("this simulation has already run; make a new one");
        }
        ran = true;
        SimRandom root = new SimRandom(config.seed());
        SimRandom arrivals = root.split(ARRIVALS);
        SimRandom values = root.split(VALUES);
        SimRandom tips = root.split(TIPS);
        SimRandom kinds = root.split(KINDS);
        SimRandom patience = root.split(PATIENCE);

        boolean eip1559 = config.mechanism() == Mechanism.EIP_1559;
        Bidders bidders = config.bidders();
        GasMix mix = bidders.mix();
        long[] kindGas = mix.kinds().stream().mapToLong(k -> k.gas().value()).toArray();
        long minGas = mix.minGas().value();
        double[] cumulative = mix.cumulativeWeights();
        long gasLimit = config.gasLimit().value();
        Gas target = config.gasTarget();
        long medianValue = bidders.medianMaxFee().longValueExact();
        long medianTip = bidders.medianPriorityFee().longValueExact();

        long baseFee = eip1559 ? config.initialBaseFee().longValueExact() : 0;
        long clearingPrice = 0;
        Mempool pool = new Mempool(baseFee);
        List<List<PendingTx>> expiries = new ArrayList<>(Collections.nCopies(config.blocks(), null));
        long blockMicrosStep = config.blockSeconds() * MICROS;
        FeeMarketRecorder rec = new FeeMarketRecorder(config);
        Sum128 burnt = new Sum128();
        Sum128 tipsPaid = new Sum128();

        long id = 0;
        double next = config.demand().nextArrival(0, arrivals.nextStandardExponential());
        for (int b = 0; b < config.blocks(); b++) {
            long blockMicros = (b + 1L) * config.blockSeconds() * MICROS;
            int arrived = 0;
            int arrivedPricedOut = 0;
            while (next * MICROS <= blockMicros) {
                long at = Math.round(next * MICROS);
                long value = Draws.logNormal(values, medianValue, bidders.maxFeeSpread());
                long tip = Math.min(value, Draws.logNormal(tips, medianTip, bidders.prioritySpread()));
                int kind = GasMix.pick(cumulative, kinds.nextDouble());
                long wait = Math.round(patience.nextExponential(bidders.meanPatienceSeconds()) * MICROS);
                long maxFee = value;
                long maxPriority = tip;
                if (!eip1559) {
                    maxFee = Math.min(value, clearingPrice + tip); // a fee-estimating wallet's bid
                    maxPriority = maxFee;
                }
                PendingTx tx = new PendingTx(id++, at, at + wait, kindGas[kind], maxFee, maxPriority, kind);
                if (maxFee < baseFee) {
                    arrivedPricedOut++;
                }
                pool.add(tx);
                long expiryBlock = Math.max(b, (tx.expiryMicros + blockMicrosStep - 1) / blockMicrosStep - 1);
                if (expiryBlock < config.blocks()) {
                    List<PendingTx> bucket = expiries.get((int) expiryBlock);
                    if (bucket == null) {
                        bucket = new ArrayList<>();
                        expiries.set((int) expiryBlock, bucket);
                    }
                    bucket.add(tx);
                }
                arrived++;
                next = config.demand().nextArrival(next, arrivals.nextStandardExponential());
            }
            int abandoned = 0;
            List<PendingTx> expiring = expiries.set(b, null); // users whose patience ends by this block
            if (expiring != null) {
                for (PendingTx t : expiring) {
                    if (pool.contains(t)) {
                        pool.remove(t);
                        abandoned++;
                    }
                }
            }

            List<PendingTx> chosen = BlockBuilder.build(pool, gasLimit, minGas);
            long gasUsed = 0;
            long lowestBid = Long.MAX_VALUE;
            burnt.reset();
            tipsPaid.reset();
            rec.startBlock();
            for (PendingTx t : chosen) {
                gasUsed += t.gas;
                long tipPerGas = t.effectiveTip(baseFee);
                tipsPaid.addProduct(t.gas, tipPerGas);
                lowestBid = Math.min(lowestBid, t.maxFee);
                rec.included(blockMicros - t.arrivalMicros, baseFee + tipPerGas);
            }
            burnt.addProduct(baseFee, gasUsed);
            boolean full = gasLimit - gasUsed < minGas;
            int pricedOut;
            if (eip1559) {
                pricedOut = pool.pricedOut();
            } else {
                clearingPrice = full ? lowestBid : 0;
                pricedOut = full ? pool.countBelow(lowestBid) : 0;
            }
            rec.endBlock(b, blockMicros, baseFee, gasUsed, arrived, arrivedPricedOut, chosen.size(), pool.size(),
                    pricedOut, abandoned, burnt.toBigInteger(), tipsPaid.toBigInteger());

            if (eip1559) {
                baseFee = Eip1559.expectedBaseFeePerGas(Wei.of(baseFee), Gas.of(gasUsed), target).longValueExact();
                pool.setBaseFee(baseFee);
            }
            progress.step();
        }
        progress.done();
        return rec.finish(pool.size());
    }
}

package layers.l2.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import layers.l1.blobs.BlobEncoding;
import layers.l1.blobs.BlobSchedule;
import layers.l1.fees.Gas;
import layers.l1.fees.GasMix;
import layers.l1.fees.Wei;
import layers.l1.keys.PrivateKey;
import layers.l1.settlement.TimeToFinality;
import layers.l1.throughput.BitcoinThroughput;
import layers.l1.throughput.EthereumThroughput;
import layers.l2.batch.BatchCodec;
import layers.l2.batch.BatchCompression;
import layers.l2.batch.BatchWorkload;
import layers.l2.bridge.BridgeValidators;
import layers.l2.da.DaCommittee;
import layers.l2.fees.L1Prices;
import layers.l2.fees.L2Fee;
import layers.l2.fees.L2FeeModel;
import layers.l2.fees.PostingMode;
import layers.l2.lightning.CoffeeComparison;
import layers.l2.lightning.OnChainCosts;
import layers.l2.optimistic.AssertionChain;
import layers.l2.rollup.RollupConfig;
import layers.l2.validium.DataAvailabilityCost;
import layers.l2.zk.air.FibonacciAir;
import layers.l2.zk.stark.StarkParameters;
import layers.l2.zk.stark.StarkProof;
import layers.l2.zk.stark.StarkProver;
import layers.l2.zk.stark.StarkVerifier;
import layers.l2.zk.air.TraceTable;

/**
 * Builds the seven systems' profiles by running the course's models on {@link ProfileInputs}. Nothing here is a
 * figure typed in: each field names the model that produced it in {@link SystemProfile#sources()}.
 */
public final class SystemProfiles {

    /** Bitcoin confirmations counted as final: the whitepaper's usual 6 (Nakamoto 2008, section 11). */
    public static final int BITCOIN_FINAL_CONFIRMATIONS = 6;
    /** Steps of the trace whose STARK is proved live to time a validity proof (notebook 10's Fibonacci trace). */
    public static final int STARK_TRACE_STEPS = 1_024;
    /** A sidechain's block interval: an assumption of this comparison (sidechains commonly use 2–3 s blocks). */
    public static final double SIDECHAIN_BLOCK_SECONDS = 3;

    /** Signed, compressed batches by (seed, size): signing is the slow part, and the same inputs give the same bytes. */
    private static final java.util.Map<List<Long>, byte[]> POSTED = new java.util.concurrent.ConcurrentHashMap<>();

    private final ProfileInputs in;
    private double starkSeconds = Double.NaN;
    private final L1Prices prices;
    private final byte[] posted;
    private final double compressedBytesPerTx;
    private final double meanGas;

    public SystemProfiles(ProfileInputs inputs) {
        this.in = inputs;
        this.prices = new L1Prices(inputs.l1BaseFee(), inputs.blobBaseFee());
        this.posted = POSTED.computeIfAbsent(List.of(inputs.seed(), (long) inputs.batchSize()), key ->
                BatchCompression.compress(BatchCodec.encode(
                        BatchWorkload.create(inputs.seed(), 1_000).nextSignedBatch(inputs.batchSize()))));
        this.compressedBytesPerTx = posted.length / (double) inputs.batchSize();
        this.meanGas = GasMix.ethereumTypical().meanGas();
    }

    public ProfileInputs inputs() {
        return in;
    }

    /** The compressed bytes per transaction of the workload's batch (layers.l2.batch, zlib level 9). */
    public double compressedBytesPerTx() {
        return compressedBytesPerTx;
    }

    /** All seven, in the course's order: two L1s, then L2s from most to least L1-backed. */
    public List<SystemProfile> all() {
        return List.of(bitcoin(), ethereum(), optimisticRollup(), zkRollup(), validium(), sidechain(), lightning());
    }

    public SystemProfile bitcoin() {
        long weight = OnChainCosts.paymentVbytes() * 4;
        double tps = BitcoinThroughput.tps(weight);
        CoffeeComparison coffee = coffee();
        return new SystemProfile("Bitcoin L1", 1, "proof of work", SecuritySource.OWN_PROOF_OF_WORK, tps,
                coffee.l1FeeUsd(), coffee.l1LatencySeconds(),
                TimeToFinality.powSeconds(BITCOIN_FINAL_CONFIRMATIONS), DataHome.OWN_BLOCKS, null,
                List.of(), List.of(), false, List.of(
                        "tps: BitcoinThroughput.tps of a " + weight + " wu payment (OnChainCosts.paymentVbytes)",
                        "fee: CoffeeComparison.l1FeeUsd at " + in.satPerVbyte() + " sat/vB",
                        "soft: 1 confirmation (CoffeeComparison.l1LatencySeconds)",
                        "final: TimeToFinality.powSeconds(" + BITCOIN_FINAL_CONFIRMATIONS + ")"));
    }

    public SystemProfile ethereum() {
        Gas mean = Gas.of(Math.round(meanGas));
        double tps = EthereumThroughput.tps(Gas.millions(15), mean);
        double fee = usd(in.l1BaseFee().times(mean));
        return new SystemProfile("Ethereum L1", 1, "proof of stake (Gasper)", SecuritySource.OWN_PROOF_OF_STAKE, tps,
                fee, EthereumThroughput.SLOT_SECONDS, TimeToFinality.posWorstCaseSeconds(), DataHome.OWN_BLOCKS,
                "EVM", List.of(), List.of(), false, List.of(
                        "tps: EthereumThroughput.tps(15M gas target, GasMix.ethereumTypical mean " + mean + ")",
                        "fee: mean gas x " + gwei(in.l1BaseFee()) + " base fee",
                        "soft: one slot (EthereumThroughput.SLOT_SECONDS)",
                        "final: TimeToFinality.posWorstCaseSeconds"));
    }

    public SystemProfile optimisticRollup() {
        double window = AssertionChain.DEFAULT_WINDOW.toSeconds();
        return new SystemProfile("Optimistic rollup", 2, null, SecuritySource.L1_FRAUD_PROOFS, rollupTps(),
                rollupFee().totalDollars(in.ethUsd()), RollupConfig.OP_STACK_L2_BLOCK_TIME.toSeconds(),
                window + TimeToFinality.posWorstCaseSeconds(), DataHome.L1_BLOBS, "EVM",
                List.of("one honest watcher disputes within " + days(window)),
                sequencerRisks("withdrawals wait " + days(window)), true, List.of(
                        rollupTpsSource(), rollupFeeSource(),
                        "soft: the sequencer's L2 block (RollupConfig.OP_STACK_L2_BLOCK_TIME)",
                        "final: AssertionChain.DEFAULT_WINDOW + Ethereum finality"));
    }

    public SystemProfile zkRollup() {
        double proofSeconds = starkSeconds();
        return new SystemProfile("ZK rollup", 2, null, SecuritySource.L1_VALIDITY_PROOFS, rollupTps(),
                rollupFee().totalDollars(in.ethUsd()), RollupConfig.OP_STACK_L2_BLOCK_TIME.toSeconds(),
                proofSeconds + TimeToFinality.posWorstCaseSeconds(), DataHome.L1_BLOBS, "zkEVM or Cairo VM",
                List.of(), sequencerRisks("withdrawals wait for a proof"), true, List.of(
                        rollupTpsSource(), rollupFeeSource(),
                        "soft: the sequencer's L2 block (RollupConfig.OP_STACK_L2_BLOCK_TIME)",
                        String.format(Locale.ROOT, "final: STARK of %d steps proved and verified live in %.3f s + "
                                + "Ethereum finality", STARK_TRACE_STEPS, proofSeconds)));
    }

    public SystemProfile validium() {
        Wei committee = DataAvailabilityCost.validiumBatch(in.committeeK(), prices);
        Wei execution = L2FeeModel.executionFee(Math.round(meanGas), in.l2BaseFee(), Wei.ZERO);
        double fee = usd(execution.plus(committee.dividedBy(in.batchSize())));
        DaCommittee dac = DaCommittee.of(keys(in.committeeN(), in.seed() + 1), in.committeeK());
        int n = dac.quorum().size();
        int k = dac.quorum().threshold();
        return new SystemProfile("Validium", 2, null, SecuritySource.L1_PROOFS_AND_DA_COMMITTEE, executionTps(), fee,
                RollupConfig.OP_STACK_L2_BLOCK_TIME.toSeconds(),
                starkSeconds() + TimeToFinality.posWorstCaseSeconds(), DataHome.DA_COMMITTEE,
                "zkEVM or Cairo VM",
                List.of(String.format(Locale.ROOT, "1 of the %d members who sign each batch serves its data "
                        + "(%d of %d refusing halt batches)", k, n - k + 1, n)),
                sequencerRisks("withdrawals wait for a proof"), true, List.of(
                        executionTpsSource(),
                        "fee: execution + DataAvailabilityCost.validiumBatch(" + k + " signatures) / batch",
                        "soft: the sequencer's L2 block (RollupConfig.OP_STACK_L2_BLOCK_TIME)",
                        "final: as the ZK rollup; trust: DaCommittee " + dac.quorum()));
    }

    public SystemProfile sidechain() {
        List<PrivateKey> keys = keys(in.bridgeN(), in.seed() + 2);
        BridgeValidators.Setup setup = BridgeValidators.setUp(keys, in.bridgeM());
        int m = setup.sidechain().validators().threshold();
        int n = setup.sidechain().validators().size();
        Wei execution = L2FeeModel.executionFee(Math.round(meanGas), in.l2BaseFee(), Wei.ZERO);
        return new SystemProfile("Sidechain + multisig bridge", 2, m + "-of-" + n + " validator signatures",
                SecuritySource.OWN_VALIDATORS_AND_MULTISIG, executionTps(), usd(execution), SIDECHAIN_BLOCK_SECONDS,
                SIDECHAIN_BLOCK_SECONDS + TimeToFinality.posWorstCaseSeconds(), DataHome.SIDECHAIN_NODES, "EVM",
                List.of(m + " of " + n + " validator keys honest (any " + m + " can mint and drain the bridge)"),
                List.of("the validators can censor or halt"), true, List.of(
                        executionTpsSource(), "fee: execution only, at the sidechain's own base fee",
                        "soft: one sidechain block (an assumption, SIDECHAIN_BLOCK_SECONDS)",
                        "final: block signed by the quorum, release confirmed on Ethereum; trust: BridgeValidators.setUp("
                                + n + " keys, " + m + ")"));
    }

    public SystemProfile lightning() {
        CoffeeComparison coffee = coffee();
        return new SystemProfile("Lightning", 2, null, SecuritySource.L1_PENALTY_TRANSACTIONS,
                coffee.lightningPaymentsPerSecondPerChannel(), coffee.lightningFeeUsd(),
                coffee.lightningLatencySeconds(),
                coffee.lightningLatencySeconds() + TimeToFinality.powSeconds(BITCOIN_FINAL_CONFIRMATIONS),
                DataHome.CHANNEL_PARTIES, null,
                List.of("each party (or its watchtower) online within to_self_delay"),
                List.of("a route needs liquidity on every hop", "the counterparty can force a delayed close"), true,
                List.of("tps: one channel's ceiling, CoffeeComparison.lightningPaymentsPerSecondPerChannel (483 HTLCs)",
                        "fee: CoffeeComparison.lightningFeeUsd, " + in.lightningFeeMsat() + " msat",
                        "soft: " + in.lightningHops() + " hops x 3 round trips (CoffeeComparison)",
                        "final: a cooperative close confirmed " + BITCOIN_FINAL_CONFIRMATIONS + " times"));
    }

    /** L2 tps bound by L1 data space: Cancun's blob target bytes per 12 s over compressed bytes per transaction. */
    public static double dataBoundTps(double bytesPerL1Block, double compressedBytesPerTx) {
        if (!(bytesPerL1Block > 0) || !(compressedBytesPerTx > 0)) {
            throw new IllegalArgumentException("bytes per L1 block and per transaction must be positive, got "
                    + bytesPerL1Block + " and " + compressedBytesPerTx);
        }
        return bytesPerL1Block / compressedBytesPerTx / RollupConfig.L1_BLOCK_TIME.toSeconds();
    }

    /** Cancun's target of 3 blobs (EIP-4844) of BlobEncoding.DATA_BYTES_PER_BLOB usable bytes each. */
    public static double cancunBlobBytesPerBlock() {
        return BlobSchedule.CANCUN.target() * (double) BlobEncoding.DATA_BYTES_PER_BLOB;
    }

    private double rollupTps() {
        return Math.min(dataBoundTps(cancunBlobBytesPerBlock(), compressedBytesPerTx), executionTps());
    }

    private String rollupTpsSource() {
        return String.format(Locale.ROOT, "tps: min(Cancun blob target / %.1f compressed bytes per tx / 12 s, "
                + "execution %s gas/s / mean gas)", compressedBytesPerTx, in.l2GasPerSecond());
    }

    private double executionTps() {
        return in.l2GasPerSecond() / meanGas;
    }

    private String executionTpsSource() {
        return "tps: " + in.l2GasPerSecond() + " gas/s / GasMix.ethereumTypical mean gas (no L1 data bound)";
    }

    private L2Fee rollupFee() {
        return L2FeeModel.perTransaction(posted, in.batchSize(), PostingMode.BLOBS, prices, Math.round(meanGas),
                in.l2BaseFee(), Wei.ZERO);
    }

    private String rollupFeeSource() {
        return "fee: L2FeeModel.perTransaction, batch of " + in.batchSize() + " in blobs, L1 "
                + gwei(in.l1BaseFee()) + ", blob gas " + in.blobBaseFee();
    }

    private List<String> sequencerRisks(String delay) {
        return List.of("a sequencer can delay or censor (exit hatch after "
                + days(RollupConfig.OP_STACK_SEQUENCING_WINDOW.toSeconds()) + ")", delay);
    }

    private CoffeeComparison coffee() {
        double l1Tps = BitcoinThroughput.tps(OnChainCosts.paymentVbytes() * 4);
        return new CoffeeComparison(4.0, in.btcUsd().toDollars(), l1Tps, BitcoinThroughput.BLOCK_INTERVAL_SECONDS, 1,
                in.satPerVbyte(), in.lightningFeeMsat(), in.lightningHops(), 100);
    }

    /** The STARK time, measured once per instance so the ZK rollup and the validium share it. */
    private synchronized double starkSeconds() {
        if (Double.isNaN(starkSeconds)) {
            starkSeconds = starkProveAndVerifySeconds();
        }
        return starkSeconds;
    }

    /** Proves and verifies notebook 10's Fibonacci STARK once and returns the seconds taken. */
    public static double starkProveAndVerifySeconds() {
        FibonacciAir air = FibonacciAir.honest(STARK_TRACE_STEPS);
        TraceTable trace = FibonacciAir.trace(STARK_TRACE_STEPS);
        StarkParameters params = StarkParameters.DEFAULT;
        StarkProver prover = new StarkProver(params);
        long t0 = System.nanoTime();
        StarkProof proof = prover.prove(air, trace);
        var verdict = StarkVerifier.verify(air, proof.toBytes(), params);
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (!verdict.isValid()) {
            throw new IllegalStateException("the honest STARK did not verify: " + verdict);
        }
        return seconds;
    }

    private double usd(Wei amount) {
        return amount.toEther() * in.ethUsd().toDollars();
    }

    private static String gwei(Wei w) {
        return String.format(Locale.ROOT, "%.3g gwei", w.toGwei());
    }

    private static String days(double seconds) {
        double d = seconds / 86_400;
        return d >= 1 ? String.format(Locale.ROOT, "%.0f days", d)
                : String.format(Locale.ROOT, "%.0f hours", seconds / 3_600);
    }

    private static List<PrivateKey> keys(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<PrivateKey> keys = new ArrayList<>();
        IntStream.range(0, n).forEach(i -> keys.add(PrivateKey.random(rng)));
        return keys;
    }
}

package layers.l2.pairs;

import java.util.List;
import layers.l1.execution.ConstantProduct;
import layers.l1.execution.TokenAmount;
import layers.l1.fees.Gas;
import layers.l1.fees.Usd;
import layers.l1.fees.Wei;
import layers.l1.pos.EconomicFinality;
import layers.l1.settlement.FinalityTimes;
import layers.l2.batch.BatchCodec;
import layers.l2.batch.BatchCompression;
import layers.l2.batch.BatchWorkload;
import layers.l2.fees.L1Prices;
import layers.l2.fees.L2Fee;
import layers.l2.fees.L2FeeModel;
import layers.l2.fees.PostingMode;
import layers.l2.lightning.CoffeeComparison;
import layers.l2.rollup.RollupConfig;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The seeds' four pairs, computed from the course's models with one set of {@link PairInputs}: fees from EIP-1559
 * gas pricing ({@code layers.l1.fees}) and the rollup fee model ({@code layers.l2.fees}) over a real compressed batch
 * ({@code layers.l2.batch}); times from the rollup presets ({@code layers.l2.rollup}), Ethereum's finality
 * ({@code layers.l1.settlement}) and the Lightning coffee ({@code layers.l2.lightning}).
 */
public final class PairScenarios {

    /** Confirmations a Lightning channel's closing transaction waits for (assumption: the customary six). */
    public static final int CLOSE_CONFIRMATIONS = 6;

    private final PairInputs in;
    private final byte[] posted;

    public PairScenarios(PairInputs in) {
        if (in == null) {
            throw new IllegalArgumentException("the pair inputs must be given");
        }
        this.in = in;
        this.posted = BatchCompression.compress(BatchCodec.encode(
                BatchWorkload.create(in.seed(), 5_000).nextSignedBatch(in.batchTxs())));
    }

    private PairScenarios(PairInputs in, byte[] posted) {
        this.in = in;
        this.posted = posted;
    }

    /** The same scenarios with {@code other} inputs, reusing the posted batch when its size and seed are unchanged. */
    public PairScenarios with(PairInputs other) {
        if (other == null) {
            throw new IllegalArgumentException("the pair inputs must be given");
        }
        return other.batchTxs() == in.batchTxs() && other.seed() == in.seed()
                ? new PairScenarios(other, posted) : new PairScenarios(other);
    }

    public PairInputs inputs() {
        return in;
    }

    /** The compressed batch the rollups post, {@code batchTxs} signed transactions. */
    public int postedBytes() {
        return posted.length;
    }

    /** {@code amount} of wei in dollars at {@code ethUsd}, without rounding to the cent. */
    public static double dollars(Wei amount, Usd ethUsd) {
        return amount.toEther() * ethUsd.toDollars();
    }

    /** An action of {@code gas} on L1: gas × (base fee + tip), EIP-1559's price per gas, in dollars. */
    public static double l1ActionFeeUsd(Gas gas, Wei baseFee, Wei tip, Usd ethUsd) {
        return dollars(baseFee.plus(tip).times(gas), ethUsd);
    }

    /** What Uniswap v2's pair pays out for {@code amountIn}, with the 0.3% fee: the same on L1 and on a rollup. */
    public static long swapOutput(long amountIn, long reserveIn, long reserveOut) {
        return ConstantProduct.getAmountOut(TokenAmount.of(amountIn), TokenAmount.of(reserveIn),
                TokenAmount.of(reserveOut)).value().longValueExact();
    }

    /** The rollup fee of an action of {@code l2Gas}: L2 execution plus its share of the batch posted in {@code mode}. */
    public L2Fee l2Fee(Gas l2Gas, PostingMode mode) {
        return L2FeeModel.perTransaction(posted, in.batchTxs(), mode, new L1Prices(in.l1BaseFee(), in.blobBaseFee()),
                l2Gas.value(), in.l2BaseFee(), Wei.ZERO);
    }

    /** Seconds for a batch to fill at {@code l2Tps}, be posted in the next L1 block and that block to finalize. */
    public double batchFinalSeconds() {
        return in.batchTxs() / in.l2Tps() + RollupConfig.L1_BLOCK_TIME.toSeconds() + ethereumFinalitySeconds();
    }

    /** Ethereum's finality: two epochs of 32 slots of 12 s, 768 s ({@link EconomicFinality#EPOCHS_TO_FINALITY}). */
    public static double ethereumFinalitySeconds() {
        return EconomicFinality.EPOCHS_TO_FINALITY * FinalityTimes.SECONDS_PER_EPOCH;
    }

    private PairOutcome optimistic(String pair, String action, Gas gas, RollupConfig config) {
        double batchFinal = batchFinalSeconds();
        return new PairOutcome(pair, action,
                l1ActionFeeUsd(gas, in.l1BaseFee(), in.l1Tip(), in.ethUsd()),
                l2Fee(gas, PostingMode.BLOBS).totalDollars(in.ethUsd()),
                config.l2BlockTime().toSeconds(), batchFinal,
                batchFinal - ethereumFinalitySeconds() + RollupConfig.SEVEN_DAYS.toSeconds(),
                "sequencer for ordering (exit hatch after " + RollupConfig.humanDuration(config.forceInclusionDelay())
                        + "); one honest watcher in the 7-day window");
    }

    /** The seeds' DeFi swap on Arbitrum One, with {@code swapGas} on both layers. */
    public PairOutcome arbitrumSwap() {
        return optimistic("Ethereum + Arbitrum", "DeFi swap", in.swapGas(), RollupConfig.arbitrum());
    }

    /** The seeds' NFT mint on an OP Stack chain (Optimism, Base), with {@code mintGas} on both layers. */
    public PairOutcome optimismMint() {
        return optimistic("Ethereum + Optimism", "NFT mint", in.mintGas(), RollupConfig.opStack());
    }

    /**
     * The seeds' transfer on a ZK rollup: the fee adds the batch's share of verifying the proof on L1; the state is
     * settled once the proof is made ({@code proveSeconds}, measured) and verified in an L1 block that finalizes.
     */
    public PairOutcome zkTransfer(double proveSeconds) {
        if (!(proveSeconds >= 0)) {
            throw new IllegalArgumentException("proving time must be 0 or more seconds, not " + proveSeconds);
        }
        double verifyShare = dollars(in.l1BaseFee().plus(in.l1Tip()).times(in.zkVerifyGas()), in.ethUsd())
                / in.batchTxs();
        double batchFinal = batchFinalSeconds();
        return new PairOutcome("Ethereum + ZK rollup", "transfer",
                l1ActionFeeUsd(in.transferGas(), in.l1BaseFee(), in.l1Tip(), in.ethUsd()),
                l2Fee(in.transferGas(), PostingMode.BLOBS).totalDollars(in.ethUsd()) + verifyShare,
                RollupConfig.OP_STACK_L2_BLOCK_TIME.toSeconds(), batchFinal, batchFinal + proveSeconds,
                "sequencer and prover for liveness only; the proof system's soundness");
    }

    /** The coffee over Lightning, {@link CoffeeComparison#defaults()} at {@code btcUsd}, fees from BOLT 7 policies. */
    public CoffeeComparison coffee() {
        CoffeeComparison base = CoffeeComparison.defaults();
        CoffeeComparison c = new CoffeeComparison(base.coffeeUsd(), in.btcUsd().toDollars(), base.l1Tps(),
                base.blockSeconds(), base.confirmations(), base.feeRateSatPerVb(), 0, base.hops(),
                base.roundTripMillis());
        long amountMsat = c.coffeeSats() * 1_000;
        long perNode = in.lightningBaseMsat() + amountMsat * in.lightningPpm() / 1_000_000;
        return c.withLightningFee(perNode * (c.hops() - 1), c.hops());
    }

    /** The seeds' coffee: a Lightning payment; its L1 finality comes only when the channel closes. */
    public PairOutcome lightningCoffee() {
        CoffeeComparison c = coffee();
        double close = CLOSE_CONFIRMATIONS * c.blockSeconds();
        return new PairOutcome("Bitcoin + Lightning", "coffee", c.l1FeeUsd(), c.lightningFeeUsd(),
                c.lightningLatencySeconds(), close, close,
                "your channel peer; watch the chain (or a watchtower) to punish an old state");
    }

    /** The four pairs, the ZK rollup with a proving time of {@code zkProveSeconds}. */
    public List<PairOutcome> all(double zkProveSeconds) {
        return List.of(arbitrumSwap(), optimismMint(), zkTransfer(zkProveSeconds), lightningCoffee());
    }

    /** The outcomes as a table: L1 fees to the cent, L2 fees to $0.00001, times to the second (soft: 0.1 s). */
    public static Table table(List<PairOutcome> rows) {
        Table t = Table.create("Real-world pairs",
                StringColumn.create("pair"), StringColumn.create("action"), DoubleColumn.create("L1 fee $"),
                DoubleColumn.create("L2 fee $"), DoubleColumn.create("cheaper x"), DoubleColumn.create("soft s"),
                DoubleColumn.create("batch final s"), DoubleColumn.create("settled s"), StringColumn.create("trust"));
        for (PairOutcome r : rows) {
            t.stringColumn("pair").append(r.pair());
            t.stringColumn("action").append(r.action());
            t.doubleColumn("L1 fee $").append(Math.round(r.l1FeeUsd() * 100) / 100.0);
            t.doubleColumn("L2 fee $").append(Math.round(r.l2FeeUsd() * 1e5) / 1e5);
            t.doubleColumn("cheaper x").append(Math.round(r.savingFactor()));
            t.doubleColumn("soft s").append(Math.round(r.softSeconds() * 10) / 10.0);
            t.doubleColumn("batch final s").append(Math.round(r.batchFinalSeconds()));
            t.doubleColumn("settled s").append(Math.round(r.l1FinalSeconds()));
            t.stringColumn("trust").append(r.trust());
        }
        return t;
    }
}

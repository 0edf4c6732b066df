package layers.l1.trilemma;

import layers.l1.network.SimTime;
import layers.l1.pow.AttackerSuccess;
import layers.l1.pow.PowNetworkConfig;
import layers.l1.pow.StaleRate;
import layers.l1.throughput.Throughput;
import layers.notebook.Progress;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;

import java.util.Objects;

/**
 * The trilemma, quantified for a proof-of-work chain. Raising the block size or shortening the interval raises
 * throughput (scalability); it also raises the stale rate, measured in the network simulator
 * ({@link StaleRate#measure}), and every stale block is honest work lost, while an attacker mining in private loses
 * none: its effective share becomes {@code q' = q / (q + (1 - q)(1 - s))} for stale rate {@code s} (Gervais et al.,
 * "On the Security and Performance of Proof of Work Blockchains", CCS 2016; Sompolinsky and Zohar, "Secure
 * High-Rate Transaction Processing in Bitcoin", 2015), so its chance of undoing a payment after {@code z}
 * confirmations rises (security). And each full node needs more bandwidth, storage and verification speed
 * ({@link NodeRequirements}), so a smaller share of would-be operators can afford to verify ({@link NodeCapacities};
 * decentralization).
 *
 * <pre>{@code
 * Table t = TrilemmaModel.standard().sweep(new long[] {1_000_000, 4_000_000, 16_000_000, 64_000_000},
 *         new double[] {600, 150, 60}, progress("designs", 12));
 * // chart tps against staleRate, attackerSuccess and shareOfNodesThatCanVerify
 * }</pre>
 *
 * @param network         the simulated network for the stale rate (its block size and interval are replaced)
 * @param blocksPerPoint  blocks simulated for each design
 * @param txBytes         the size of a transaction
 * @param attackerShare   the attacker's share {@code q} of the hash power
 * @param confirmations   the confirmations a merchant waits for
 * @param capacities      the would-be node operators
 * @param model           the node-requirement model
 */
public record TrilemmaModel(PowNetworkConfig network, int blocksPerPoint, long txBytes, double attackerShare,
                            int confirmations, NodeCapacities capacities, NodeRequirements.Model model) {

    public TrilemmaModel {
        Objects.requireNonNull(network, "network");
        if (blocksPerPoint < 1 || txBytes < 1 || confirmations < 0) {
            throw new IllegalArgumentException("blocks and transaction size positive, confirmations 0 or more; not "
                    + blocksPerPoint + ", " + txBytes + ", " + confirmations);
        }
        if (!(attackerShare >= 0 && attackerShare < 0.5)) {
            throw new IllegalArgumentException("the attacker's share must be in [0, 0.5), not " + attackerShare);
        }
        Objects.requireNonNull(capacities, "capacities");
        Objects.requireNonNull(model, "model");
    }

    /**
     * A 200-node Bitcoin-like network (seed 3), 500 blocks per design, 250-byte transactions, an attacker with 25% of
     * the hash power against 6 confirmations, {@link NodeCapacities#illustrative()}, {@link NodeRequirements.Model#standard()}.
     */
    public static TrilemmaModel standard() {
        return new TrilemmaModel(PowNetworkConfig.bitcoin().withNodes(200).withSeed(3), 500, 250, 0.25, 6,
                NodeCapacities.illustrative(), NodeRequirements.Model.standard());
    }

    public TrilemmaModel withAttackerShare(double q) {
        return new TrilemmaModel(network, blocksPerPoint, txBytes, q, confirmations, capacities, model);
    }

    public TrilemmaModel withCapacities(NodeCapacities c) {
        return new TrilemmaModel(network, blocksPerPoint, txBytes, attackerShare, confirmations, c, model);
    }

    public TrilemmaModel withBlocksPerPoint(int blocks) {
        return new TrilemmaModel(network, blocks, txBytes, attackerShare, confirmations, capacities, model);
    }

    /** The attacker's effective share when honest miners lose {@code staleRate} of their blocks and it loses none. */
    public static double effectiveAttackerShare(double q, double staleRate) {
        if (!(staleRate >= 0 && staleRate <= 1)) {
            throw new IllegalArgumentException("a stale rate is between 0 and 1, not " + staleRate);
        }
        double honest = (1 - q) * (1 - staleRate);
        return q + honest == 0 ? 1 : q / (q + honest);
    }

    /**
     * One row per design (every block size with every interval): {@code blockSizeBytes}, {@code intervalSeconds},
     * {@code tps}, {@code staleRate}, {@code effectiveAttackerShare}, {@code attackerSuccess} (whitepaper, after
     * {@code confirmations}), {@code bandwidthMbps}, {@code storageGB}, {@code verifyTxPerSecond},
     * {@code shareOfNodesThatCanVerify}.
     */
    public Table sweep(long[] blockSizes, double[] intervalsSeconds, Progress progress) {
        LongColumn size = LongColumn.create("blockSizeBytes");
        DoubleColumn interval = DoubleColumn.create("intervalSeconds");
        DoubleColumn tps = DoubleColumn.create("tps");
        DoubleColumn stale = DoubleColumn.create("staleRate");
        DoubleColumn share = DoubleColumn.create("effectiveAttackerShare");
        DoubleColumn success = DoubleColumn.create("attackerSuccess");
        DoubleColumn bandwidth = DoubleColumn.create("bandwidthMbps");
        DoubleColumn storage = DoubleColumn.create("storageGB");
        DoubleColumn verify = DoubleColumn.create("verifyTxPerSecond");
        DoubleColumn nodes = DoubleColumn.create("shareOfNodesThatCanVerify");
        for (double seconds : intervalsSeconds) {
            for (long bytes : blockSizes) {
                double t = Throughput.tps(bytes, txBytes, seconds);
                double s = StaleRate.measure(network.withBlockSize(bytes).withBlockInterval(SimTime.ofSeconds(seconds)),
                        blocksPerPoint);
                double q = effectiveAttackerShare(attackerShare, s);
                NodeRequirements r = NodeRequirements.of(bytes, seconds, t, model);
                size.append(bytes);
                interval.append(seconds);
                tps.append(t);
                stale.append(s);
                share.append(q);
                success.append(q >= 0.5 ? 1.0 : AttackerSuccess.probability(q, confirmations));
                bandwidth.append(r.bandwidthMbps());
                storage.append(r.storageGB());
                verify.append(r.verifyTxPerSecond());
                nodes.append(capacities.shareMeeting(r));
                progress.step();
            }
        }
        progress.done();
        return Table.create("the trilemma, attacker share " + attackerShare + ", " + confirmations + " confirmations",
                size, interval, tps, stale, share, success, bandwidth, storage, verify, nodes);
    }

    public Table sweep(long[] blockSizes, double[] intervalsSeconds) {
        return sweep(blockSizes, intervalsSeconds,
                Progress.silent("trilemma", (long) blockSizes.length * intervalsSeconds.length));
    }
}

package layers.l1.pos;

import layers.notebook.Progress;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;

import java.util.OptionalLong;
import java.util.function.IntPredicate;

/**
 * A network partition of a proof-of-stake chain: the validators split into two groups that cannot hear each other,
 * and each group builds and votes on its own chain. Neither side has two thirds of the stake, so neither finalizes.
 * After {@code MIN_EPOCHS_TO_INACTIVITY_PENALTY} epochs without finality each side's inactivity leak starts draining
 * the validators it no longer hears from; the larger side's share of its own active stake climbs back to two thirds
 * and it finalizes again. The smaller side needs longer: the larger group's balances on its chain must fall to the
 * ejection balance (16 ETH) and the validators leave the active set. Once both sides have finalized, the partition
 * has produced two conflicting finalized chains, which no fork-choice rule can merge: the validators that leaked on
 * the chain that is eventually adopted have lost that stake for good.
 *
 * <p>Simplified as {@link BeaconSimulation} is, and: the split is perfect and lasts, every validator on a side is
 * online, and all validators start with the same balance.
 */
public final class PartitionSimulation {

    private PartitionSimulation() {
    }

    /**
     * Runs a partition in which validators {@code 0 .. validators·majorityPercent/100 - 1} form the larger side.
     *
     * @param validators how many validators, each with 32 ETH
     * @param majorityPercent the larger side's share of the validators, 51 to 66 (at 67 or more it never stops finalizing)
     * @param epochsBeforeSplit epochs the chain runs whole first, so that it has finalized
     * @param maxEpochsAfterSplit how long to run the two sides
     */
    public static PartitionResult run(int validators, int majorityPercent, int epochsBeforeSplit,
                                      int maxEpochsAfterSplit, Progress progress) {
        if (validators < 2) {
            throw new IllegalArgumentException("a partition needs at least 2 validators, not " + validators);
        }
        if (majorityPercent < 50 || majorityPercent > 99) {
            throw new IllegalArgumentException("the larger side's share is 50 to 99 percent, not " + majorityPercent);
        }
        if (epochsBeforeSplit < 0 || maxEpochsAfterSplit < 1) {
            throw new IllegalArgumentException("epochs before the split must be 0 or more and after it 1 or more, not "
                    + epochsBeforeSplit + " and " + maxEpochsAfterSplit);
        }
        int m = validators * majorityPercent / 100;
        BeaconSimulation whole = BeaconSimulation.withValidators(validators, Gwei.ether(32));
        whole.run(epochsBeforeSplit, v -> true);
        long finalizedAtSplit = whole.state().finality().finalizedCheckpoint().epoch().value();
        Side majority = new Side(whole.fork("majority"), v -> v < m, finalizedAtSplit);
        Side minority = new Side(whole.fork("minority"), v -> v >= m, finalizedAtSplit);
        for (int e = 1; e <= maxEpochsAfterSplit; e++) {
            majority.epoch(e);
            minority.epoch(e);
            progress.step();
            if (majority.finalizedAfter.isPresent() && minority.finalizedAfter.isPresent()) {
                break;
            }
        }
        progress.done();
        return new PartitionResult(majority.table("majority, " + majorityPercent + "% of validators"),
                minority.table("minority, " + (100 - majorityPercent) + "% of validators"),
                majority.finalizedAfter, minority.finalizedAfter);
    }

    /** {@link #run(int, int, int, int, Progress)} without a progress bar. */
    public static PartitionResult run(int validators, int majorityPercent, int epochsBeforeSplit, int maxEpochsAfterSplit) {
        return run(validators, majorityPercent, epochsBeforeSplit, maxEpochsAfterSplit,
                Progress.silent("partition", maxEpochsAfterSplit));
    }

    /** One side's chain and the columns of its table. */
    private static final class Side {
        private final BeaconSimulation chain;
        private final IntPredicate ours;
        private final long finalizedAtSplit;
        private OptionalLong finalizedAfter = OptionalLong.empty();
        private final IntColumn sinceSplit = IntColumn.create("epochsSinceSplit");
        private final LongColumn epoch = LongColumn.create("epoch");
        private final DoubleColumn ownShare = DoubleColumn.create("ownSharePercent");
        private final DoubleColumn ownBalance = DoubleColumn.create("ownMeanBalanceEth");
        private final DoubleColumn otherBalance = DoubleColumn.create("otherMeanBalanceEth");
        private final IntColumn otherActive = IntColumn.create("otherActiveValidators");
        private final LongColumn finalized = LongColumn.create("finalized");
        private final BooleanColumn leak = BooleanColumn.create("leak");

        Side(BeaconSimulation chain, IntPredicate ours, long finalizedAtSplit) {
            this.chain = chain;
            this.ours = ours;
            this.finalizedAtSplit = finalizedAtSplit;
        }

        void epoch(int e) {
            EpochReport r = chain.runEpoch(ours);
            BeaconState s = chain.state();
            long ownActive = 0;
            long otherActiveStake = 0;
            long ownSum = 0;
            long otherSum = 0;
            int ownCount = 0;
            int otherCount = 0;
            int otherActiveCount = 0;
            Epoch now = Epoch.of(r.epoch());
            for (int v = 0; v < s.validatorCount(); v++) {
                boolean active = Accessors.isActiveValidator(s, v, now);
                if (ours.test(v)) {
                    ownSum += s.balance(v).value();
                    ownCount++;
                    if (active) {
                        ownActive += s.effectiveBalance(v).value();
                    }
                } else {
                    otherSum += s.balance(v).value();
                    otherCount++;
                    if (active) {
                        otherActiveCount++;
                        otherActiveStake += s.effectiveBalance(v).value();
                    }
                }
            }
            sinceSplit.append(e);
            epoch.append(r.epoch());
            ownShare.append(100.0 * ownActive / Math.max(1, ownActive + otherActiveStake));
            ownBalance.append(ownSum / (double) Math.max(1, ownCount) / Gwei.PER_ETHER);
            otherBalance.append(otherSum / (double) Math.max(1, otherCount) / Gwei.PER_ETHER);
            otherActive.append(otherActiveCount);
            finalized.append(r.finalizedEpoch());
            leak.append(r.inactivityLeak());
            if (finalizedAfter.isEmpty() && r.finalizedEpoch() > finalizedAtSplit) {
                finalizedAfter = OptionalLong.of(e);
            }
        }

        Table table(String name) {
            return Table.create(name, sinceSplit, epoch, ownShare, ownBalance, otherBalance, otherActive, finalized, leak);
        }
    }
}

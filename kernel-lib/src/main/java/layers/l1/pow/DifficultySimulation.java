package layers.l1.pow;

import layers.l1.block.CompactTarget;
import layers.l1.network.SimRandom;
import layers.notebook.Progress;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The retarget at work: the network's hash rate changes from one 2016-block period to the next, blocks arrive as
 * the {@link MiningRace} says, and at each period's end {@link Retarget#calculateNextWorkRequired} sets the next
 * target. Shows the two-week lag, and the factor-4 clamp when the hash rate jumps.
 */
public final class DifficultySimulation {

    private DifficultySimulation() {
    }

    /**
     * One row per period: the hash rate (hashes/s) given for it, the bits in force, their difficulty, the mean block
     * interval that resulted, the timespan Core measured (2015 intervals) and whether the clamp limited it.
     */
    public static Table run(double[] hashRatePerPeriod, CompactTarget startBits, long seed, Progress progress) {
        SimRandom random = new SimRandom(seed);
        IntColumn period = IntColumn.create("period");
        DoubleColumn hashRate = DoubleColumn.create("hashRate");
        StringColumn bitsColumn = StringColumn.create("bits");
        DoubleColumn difficulty = DoubleColumn.create("difficulty");
        DoubleColumn meanInterval = DoubleColumn.create("meanIntervalSeconds");
        DoubleColumn timespanDays = DoubleColumn.create("timespanDays");
        BooleanColumn clamped = BooleanColumn.create("clamped");
        int blocksPerPeriod = Retarget.DIFFICULTY_ADJUSTMENT_INTERVAL;
        CompactTarget bits = startBits;
        double clock = RealMining.GENESIS_TIME;
        for (int p = 0; p < hashRatePerPeriod.length; p++) {
            double rate = hashRatePerPeriod[p];
            if (!(rate > 0)) {
                throw new IllegalArgumentException("period " + p + " has hash rate " + rate + "; it must be positive");
            }
            double mean = bits.work().doubleValue() / rate;
            double periodStart = clock;
            double firstBlockTime = 0;
            for (int i = 0; i < blocksPerPeriod; i++) {
                clock += random.nextExponential(mean);
                if (i == 0) {
                    firstBlockTime = clock; // Core starts the timespan here: 2015 intervals to the last block
                }
            }
            long first = (long) firstBlockTime;
            long last = (long) clock;
            period.append(p);
            hashRate.append(rate);
            bitsColumn.append(bits.toString());
            difficulty.append(bits.difficulty());
            meanInterval.append((clock - periodStart) / blocksPerPeriod);
            timespanDays.append((last - first) / 86_400.0);
            clamped.append(Retarget.clampTimespan(last - first) != last - first);
            bits = Retarget.calculateNextWorkRequired(bits, first, last);
            progress.step();
        }
        progress.done();
        return Table.create("difficulty retargets", period, hashRate, bitsColumn, difficulty, meanInterval,
                timespanDays, clamped);
    }

    public static Table run(double[] hashRatePerPeriod, CompactTarget startBits, long seed) {
        return run(hashRatePerPeriod, startBits, seed, Progress.silent("retargets", hashRatePerPeriod.length));
    }
}

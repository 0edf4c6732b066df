package layers.l1.dpos;

import layers.l1.network.SimRandom;
import layers.notebook.Progress;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rounds of a delegated-proof-of-stake chain: before each round the ballots are tallied and the top candidates
 * elected ({@link Dpos}); in the round each producer makes its turn of blocks in order ({@link ProducerSchedule}),
 * unless it is offline, in which case its blocks are missed. Between rounds voters may change their ballots.
 * Deterministic: the same ballots, changes and outages give the same tables.
 *
 * <pre>{@code
 * DposSimulation eos = new DposSimulation(DposParams.EOS, DposSimulation.randomBallots(1000, 40, 7));
 * eos.offline("bp03", 2, 3);            // bp03 misses its blocks in rounds 2 and 3
 * Table rounds = eos.run(5);            // one row per round: votes concentration and missed blocks
 * Table round2 = eos.roundTable(2);     // one row per producer of round 2
 * }</pre>
 */
public final class DposSimulation {

    private final DposParams params;
    private final Map<String, Ballot> ballots = new LinkedHashMap<>();
    private final Map<Integer, List<Ballot>> changes = new HashMap<>();
    private final Map<String, int[]> outages = new HashMap<>();
    private final List<Table> roundTables = new ArrayList<>();
    private final IntColumn round = IntColumn.create("round");
    private final IntColumn elected = IntColumn.create("producers");
    private final IntColumn nakamotoThird = IntColumn.create("nakamotoThird");
    private final IntColumn nakamotoHalf = IntColumn.create("nakamotoHalf");
    private final DoubleColumn gini = DoubleColumn.create("giniOfVotes");
    private final LongColumn produced = LongColumn.create("blocksProduced");
    private final LongColumn missed = LongColumn.create("blocksMissed");
    private int roundsRun;

    /** A chain whose first election uses {@code initialBallots} (one per voter; a later one replaces an earlier one). */
    public DposSimulation(DposParams params, List<Ballot> initialBallots) {
        this.params = params;
        initialBallots.forEach(b -> ballots.put(b.voter(), b));
    }

    /**
     * {@code voters} ballots over candidates {@code bp00 .. bp<candidates-1>}, seeded: token holdings follow a Pareto
     * law (a few whales, many small holders) and popular candidates (low numbers) attract more voters.
     */
    public static List<Ballot> randomBallots(int voters, int candidates, long seed) {
        if (voters < 1 || candidates < 1) {
            throw new IllegalArgumentException("need at least one voter and one candidate, not " + voters + " and " + candidates);
        }
        SimRandom random = new SimRandom(seed);
        List<Ballot> list = new ArrayList<>(voters);
        for (int v = 0; v < voters; v++) {
            double pareto = 100 / StrictMath.pow(1 - random.nextDouble(), 1 / 1.2); // Pareto, alpha 1.2, from 100 tokens
            long tokens = (long) Math.min(Math.floor(pareto), 1e12);
            int candidate = (int) Math.floor(candidates * StrictMath.pow(random.nextDouble(), 2)); // favours low numbers
            list.add(new Ballot(String.format("voter%04d", v), tokens, String.format("bp%02d", candidate)));
        }
        return list;
    }

    /** Before round {@code round} (counting from 1), {@code ballot} replaces its voter's ballot. */
    public DposSimulation changeVote(int round, Ballot ballot) {
        if (round < 1) {
            throw new IllegalArgumentException("rounds count from 1, not " + round);
        }
        changes.computeIfAbsent(round, r -> new ArrayList<>()).add(ballot);
        return this;
    }

    /** {@code producer} is offline in rounds {@code fromRound} to {@code toRound} inclusive and misses its blocks. */
    public DposSimulation offline(String producer, int fromRound, int toRound) {
        if (fromRound < 1 || toRound < fromRound) {
            throw new IllegalArgumentException("not a range of rounds: " + fromRound + " to " + toRound);
        }
        outages.put(producer, new int[]{fromRound, toRound});
        return this;
    }

    /** Runs {@code rounds} more rounds; one row per round so far. */
    public Table run(int rounds) {
        return run(rounds, Progress.silent("rounds", rounds));
    }

    public Table run(int rounds, Progress progress) {
        for (int r = 0; r < rounds; r++) {
            runRound(++roundsRun);
            progress.step();
        }
        progress.done();
        return summary();
    }

    /**
     * One row per round: {@code round}, {@code producers} elected, {@code nakamotoThird} and {@code nakamotoHalf} (fewest
     * producers whose votes exceed a third / half of the votes behind all producers), {@code giniOfVotes} (over every
     * candidate), {@code blocksProduced}, {@code blocksMissed}.
     */
    public Table summary() {
        return Table.create(params.chain() + " rounds", round.copy(), elected.copy(), nakamotoThird.copy(),
                nakamotoHalf.copy(), gini.copy(), produced.copy(), missed.copy());
    }

    /**
     * One row per elected producer of round {@code r}: {@code rank}, {@code producer}, {@code votes},
     * {@code voteShare} (of all votes cast), {@code scheduled}, {@code produced} and {@code missed} blocks.
     */
    public Table roundTable(int r) {
        if (r < 1 || r > roundTables.size()) {
            throw new IllegalArgumentException("round " + r + " has not run; rounds 1 to " + roundTables.size() + " have");
        }
        return roundTables.get(r - 1);
    }

    private void runRound(int r) {
        for (Ballot b : changes.getOrDefault(r, List.of())) {
            ballots.put(b.voter(), b);
        }
        Map<String, Long> votes = Dpos.tally(ballots.values());
        List<String> producers = Dpos.electProducers(votes, params.producers());
        if (producers.isEmpty()) {
            throw new IllegalStateException("round " + r + ": no candidate has any votes");
        }
        ProducerSchedule schedule = ProducerSchedule.of(producers, params.blocksPerTurn());
        Set<String> down = new HashSet<>();
        outages.forEach((p, range) -> {
            if (r >= range[0] && r <= range[1]) {
                down.add(p);
            }
        });
        Map<String, long[]> blocks = new HashMap<>(); // producer -> {produced, missed}
        for (long slot = 0; slot < schedule.blocksPerRound(); slot++) {
            String p = schedule.producerAt(slot);
            blocks.computeIfAbsent(p, k -> new long[2])[down.contains(p) ? 1 : 0]++;
        }
        long totalVotes = votes.values().stream().mapToLong(Long::longValue).sum();
        long[] producerVotes = producers.stream().mapToLong(votes::get).toArray();
        IntColumn rank = IntColumn.create("rank");
        StringColumn name = StringColumn.create("producer");
        LongColumn v = LongColumn.create("votes");
        DoubleColumn share = DoubleColumn.create("voteShare");
        IntColumn scheduled = IntColumn.create("scheduled");
        LongColumn made = LongColumn.create("produced");
        LongColumn lost = LongColumn.create("missed");
        long producedSum = 0;
        long missedSum = 0;
        for (int i = 0; i < producers.size(); i++) {
            String p = producers.get(i);
            long[] b = blocks.get(p);
            rank.append(i + 1);
            name.append(p);
            v.append(votes.get(p));
            share.append(votes.get(p) / (double) totalVotes);
            scheduled.append(params.blocksPerTurn());
            made.append(b[0]);
            lost.append(b[1]);
            producedSum += b[0];
            missedSum += b[1];
        }
        roundTables.add(Table.create(params.chain() + " round " + r, rank, name, v, share, scheduled, made, lost));
        round.append(r);
        elected.append(producers.size());
        nakamotoThird.append(Concentration.nakamotoThird(producerVotes));
        nakamotoHalf.append(Concentration.nakamotoHalf(producerVotes));
        gini.append(Concentration.gini(votes.values().stream().mapToLong(Long::longValue).toArray()));
        produced.append(producedSum);
        missed.append(missedSum);
    }
}

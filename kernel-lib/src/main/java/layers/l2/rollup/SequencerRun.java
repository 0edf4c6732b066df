package layers.l2.rollup;

import layers.l1.keys.EthereumAddress;
import layers.l1.network.SimTime;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/** The outcome of a {@link SequencerSimulation}: every transaction's journey, per-hour counts, and the rollup itself. */
public final class SequencerRun {

    /** Sent to the sequencer. */
    public static final String ROUTE_SEQUENCER = "sequencer";
    /** Sent to the sequencer, then on L1 after waiting {@link SequencerScenario#patience()} in vain. */
    public static final String ROUTE_L1_AFTER_WAITING = "L1 after waiting";
    /** Sent on L1 because the sequencer was down. */
    public static final String ROUTE_L1_DOWN = "L1, sequencer down";

    public static final String STATUS_ON_L1 = "on L1 (sequencer)";
    public static final String STATUS_FORCED = "on L1 (forced in)";
    public static final String STATUS_PENDING = "pending";
    public static final String STATUS_LOST = "soft confirmation lost";
    public static final String STATUS_DROPPED = "dropped (stale nonce)";

    private final SequencerScenario scenario;
    private final List<SequencerSimulation.Journey> journeys;
    private final Set<EthereumAddress> censored;
    private final Recorder hourly;
    private final RollupInbox inbox;
    private final RollupSequencer sequencer;

    SequencerRun(SequencerScenario scenario, List<SequencerSimulation.Journey> journeys, Set<EthereumAddress> censored,
                 Recorder hourly, RollupInbox inbox, RollupSequencer sequencer) {
        this.scenario = scenario;
        this.journeys = List.copyOf(journeys);
        this.censored = Set.copyOf(censored);
        this.hourly = hourly;
        this.inbox = inbox;
        this.sequencer = sequencer;
    }

    public SequencerScenario scenario() {
        return scenario;
    }

    public RollupInbox inbox() {
        return inbox;
    }

    public RollupSequencer sequencer() {
        return sequencer;
    }

    /** Rebuilds the L2 chain from the run's L1 data alone. */
    public RebuildReport rebuild() {
        return ExitHatch.rebuild(inbox.codec(), inbox.postedData());
    }

    /**
     * One row per transaction: {@code tx}, {@code user}, {@code censored}, {@code route}, {@code submitted_h},
     * {@code soft_confirmation_s} (time to the sequencer's soft confirmation; missing if none),
     * {@code to_l1_min} (time until L1 holds it, in a batch or forced in; missing if never), {@code status}.
     */
    public Table transactions() {
        IntColumn id = IntColumn.create("tx");
        IntColumn user = IntColumn.create("user");
        BooleanColumn cens = BooleanColumn.create("censored");
        StringColumn route = StringColumn.create("route");
        DoubleColumn submitted = DoubleColumn.create("submitted_h");
        DoubleColumn soft = DoubleColumn.create("soft_confirmation_s");
        DoubleColumn toL1 = DoubleColumn.create("to_l1_min");
        StringColumn status = StringColumn.create("status");
        for (SequencerSimulation.Journey j : journeys) {
            id.append(j.id);
            user.append(j.user);
            cens.append(censored.contains(j.tx.from()));
            route.append(j.route);
            submitted.append(j.submittedAt.toSeconds() / 3600);
            if (j.softAt == null) {
                soft.appendMissing();
            } else {
                soft.append(j.softAt.minus(j.submittedAt).toSeconds());
            }
            if (j.onL1At == null) {
                toL1.appendMissing();
            } else {
                toL1.append(j.onL1At.minus(j.submittedAt).toSeconds() / 60);
            }
            status.append(j.status);
        }
        return Table.create("transactions", id, user, cens, route, submitted, soft, toL1, status);
    }

    /**
     * Censored users against the others: {@code group}, {@code transactions}, {@code soft_confirmed},
     * {@code forced_in}, {@code median_to_l1_min}, {@code max_to_l1_min} (to a tenth of a minute), {@code lost_or_dropped}, {@code pending}.
     */
    public Table summary() {
        StringColumn group = StringColumn.create("group");
        IntColumn count = IntColumn.create("transactions");
        IntColumn soft = IntColumn.create("soft_confirmed");
        IntColumn forced = IntColumn.create("forced_in");
        DoubleColumn median = DoubleColumn.create("median_to_l1_min");
        DoubleColumn max = DoubleColumn.create("max_to_l1_min");
        IntColumn lost = IntColumn.create("lost_or_dropped");
        IntColumn pending = IntColumn.create("pending");
        for (boolean c : new boolean[] {false, true}) {
            List<SequencerSimulation.Journey> js = journeys.stream()
                    .filter(j -> censored.contains(j.tx.from()) == c).toList();
            if (c && js.isEmpty()) {
                continue;
            }
            group.append(c ? "censored users" : "other users");
            count.append(js.size());
            soft.append((int) js.stream().filter(j -> j.softAt != null).count());
            forced.append((int) js.stream().filter(j -> j.status.equals(STATUS_FORCED)).count());
            double[] delays = js.stream().filter(j -> j.onL1At != null)
                    .mapToDouble(j -> j.onL1At.minus(j.submittedAt).toSeconds() / 60).sorted().toArray();
            median.append(delays.length == 0 ? Double.NaN : Math.round(delays[delays.length / 2] * 10) / 10.0);
            max.append(delays.length == 0 ? Double.NaN : Math.round(delays[delays.length - 1] * 10) / 10.0);
            lost.append((int) js.stream().filter(j -> j.status.equals(STATUS_LOST) || j.status.equals(STATUS_DROPPED))
                    .count());
            pending.append((int) js.stream().filter(j -> j.status.equals(STATUS_PENDING)).count());
        }
        return Table.create("censored vs other users", group, count, soft, forced, median, max, lost, pending);
    }

    /**
     * Per hour of the run: {@code hour}, {@code l2_blocks} (the simulation makes a block only when there is
     * something to include), {@code soft_confirmations}, {@code l1_entries} (batches and forced inclusions), {@code turned_away} (arrivals from users still waiting for their last transaction).
     */
    public Table hourly() {
        int hours = (int) Math.ceil(scenario.duration().toSeconds() / 3600);
        IntColumn hour = IntColumn.create("hour");
        IntColumn blocks = IntColumn.create("l2_blocks");
        IntColumn soft = IntColumn.create("soft_confirmations");
        IntColumn l1 = IntColumn.create("l1_entries");
        IntColumn busy = IntColumn.create("turned_away");
        for (int h = 0; h < hours; h++) {
            hour.append(h);
            blocks.append(hourly.get(hourly.blocks, h));
            soft.append(hourly.get(hourly.soft, h));
            l1.append(hourly.get(hourly.l1, h));
            busy.append(hourly.get(hourly.busy, h));
        }
        return Table.create("per hour", hour, blocks, soft, l1, busy);
    }

    /** Counts per hour, filled during the run. */
    static final class Recorder {
        final TreeMap<Integer, Integer> blocks = new TreeMap<>();
        final TreeMap<Integer, Integer> soft = new TreeMap<>();
        final TreeMap<Integer, Integer> l1 = new TreeMap<>();
        final TreeMap<Integer, Integer> busy = new TreeMap<>();

        void block(SimTime t) {
            blocks.merge(hour(t), 1, Integer::sum);
        }

        void softConfirmation(SimTime t) {
            soft.merge(hour(t), 1, Integer::sum);
        }

        void l1Entry(SimTime t) {
            l1.merge(hour(t), 1, Integer::sum);
        }

        void busy(SimTime t) {
            busy.merge(hour(t), 1, Integer::sum);
        }

        int get(TreeMap<Integer, Integer> m, int h) {
            return m.getOrDefault(h, 0);
        }

        private static int hour(SimTime t) {
            return (int) (t.micros() / 3_600_000_000L);
        }
    }

    @Override
    public String toString() {
        return "SequencerRun(" + journeys.size() + " transactions, " + inbox.entryCount() + " L1 entries, "
                + sequencer.head() + ")";
    }
}

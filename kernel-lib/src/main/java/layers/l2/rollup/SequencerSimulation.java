package layers.l2.rollup;

import layers.l1.crypto.Keccak256;
import layers.l1.execution.Action;
import layers.l1.execution.ExecutionState;
import layers.l1.execution.Tx;
import layers.l1.fees.Wei;
import layers.l1.keys.EthereumAddress;
import layers.l1.network.SimRandom;
import layers.l1.network.SimTime;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs a {@link SequencerScenario}: users, a sequencer that may censor some of them or go down, the L1 inbox, and a
 * keeper that forces in delayed messages as soon as the rollup allows. Every transaction is followed from
 * submission to soft confirmation to L1. Same scenario, same run.
 *
 * <pre>{@code
 * SequencerRun run = SequencerSimulation.run(SequencerScenario.of(42));
 * run.transactions()          // one row per transaction: route, soft confirmation, time to L1
 * run.summary()               // censored vs the others
 * }</pre>
 */
public final class SequencerSimulation {

    /** What each user deposits at the start. */
    public static final Wei DEPOSIT = Wei.ether(10);
    /** What each user holds on L1 at genesis. */
    public static final Wei L1_FUNDS = Wei.ether(100);
    /** How often the simulation checks for transactions the chain has dropped (a stale nonce). */
    private static final SimTime SWEEP = SimTime.ofSeconds(60);

    /** A transaction's life; filled in as the run goes. */
    static final class Journey {
        final int id;
        final int user;
        final Tx tx;
        final SimTime submittedAt;
        String route = SequencerRun.ROUTE_SEQUENCER;
        SimTime softAt;
        SimTime includedAt;
        SimTime onL1At;
        SimTime l1SubmittedAt;
        String status = SequencerRun.STATUS_PENDING;

        Journey(int id, int user, Tx tx, SimTime submittedAt) {
            this.id = id;
            this.user = user;
            this.tx = tx;
            this.submittedAt = submittedAt;
        }
    }

    private SequencerSimulation() {
    }

    /** The address of user {@code i}: the last 20 bytes of {@code keccak256("user" ‖ i as 4 bytes)}, random-looking as real ones. */
    public static EthereumAddress user(int i) {
        byte[] h = Keccak256.hash(ByteBuffer.allocate(8).put(new byte[] {'u', 's', 'e', 'r'}).putInt(i).array()).bytes();
        return EthereumAddress.of(java.util.Arrays.copyOfRange(h, h.length - EthereumAddress.LENGTH, h.length));
    }

    public static SequencerRun run(SequencerScenario s) {
        RollupConfig config = s.config();
        Map<EthereumAddress, Wei> l1 = new HashMap<>();
        EthereumAddress[] users = new EthereumAddress[s.users()];
        for (int i = 0; i < users.length; i++) {
            users[i] = user(i);
            l1.put(users[i], L1_FUNDS);
        }
        RollupInbox inbox = new RollupInbox(config, TxListCodec.course(), ExecutionState.genesis(l1));
        RollupSequencer seq = new RollupSequencer(inbox);
        SimRandom root = new SimRandom(s.seed());
        SimRandom arrivals = root.split(1);
        SimRandom choices = root.split(2);
        double meanGapSeconds = 60.0 / s.txPerMinute();

        List<Journey> journeys = new ArrayList<>();
        Map<Tx, Journey> byTx = new HashMap<>();
        Journey[] outstanding = new Journey[users.length];
        Set<Journey> softOnly = new LinkedHashSet<>();
        SequencerRun.Recorder hourly = new SequencerRun.Recorder();
        Set<EthereumAddress> censored = new LinkedHashSet<>();
        s.censoredUsers().forEach(i -> censored.add(users[i]));

        for (EthereumAddress u : users) {
            inbox.deposit(u, u, DEPOSIT, SimTime.ZERO);
        }
        SimTime step = config.l2BlockTime();
        SimTime nextArrival = SimTime.ofSeconds(arrivals.nextExponential(meanGapSeconds));
        SimTime lastPost = SimTime.ZERO;
        SimTime lastSweep = SimTime.ZERO;
        boolean censoring = false;
        for (SimTime t = step; !s.duration().isBefore(t); t = t.plus(step)) {
            // the operator
            if (s.isDownAt(t) && seq.isUp()) {
                seq.goDown();
                for (Journey j : softOnly) {
                    if (j.route.equals(SequencerRun.ROUTE_SEQUENCER)) {
                        j.status = SequencerRun.STATUS_LOST;
                        if (outstanding[j.user] == j) {
                            outstanding[j.user] = null;
                        }
                    } else {
                        j.includedAt = null; // it is still in the delayed inbox: it will come back
                        j.softAt = null;
                        outstanding[j.user] = j;
                    }
                }
                softOnly.clear();
            } else if (!s.isDownAt(t) && !seq.isUp()) {
                seq.comeBack();
            }
            if (!censoring && !t.isBefore(s.censorFrom()) && !censored.isEmpty()) {
                seq.censor(censored.toArray(new EthereumAddress[0]));
                censoring = true;
            }
            // users
            while (!t.isBefore(nextArrival)) {
                SimTime arrived = nextArrival;
                int u = choices.nextInt(users.length);
                nextArrival = nextArrival.plus(SimTime.ofSeconds(arrivals.nextExponential(meanGapSeconds)));
                if (outstanding[u] != null) {
                    hourly.busy(t);
                    continue;
                }
                int to = (u + 1 + choices.nextInt(users.length - 1)) % users.length;
                long nonce = seq.isUp() ? seq.head().nonce(users[u]) : seq.safe().nonce(users[u]);
                Tx tx = Tx.of(users[u], nonce, new Action.Transfer(users[to],
                        Wei.of((1 + choices.nextInt(10)) * (Wei.PER_ETHER / 1_000))));
                Journey j = new Journey(journeys.size(), u, tx, arrived);
                journeys.add(j);
                byTx.put(tx, j);
                outstanding[u] = j;
                if (!seq.submit(tx, arrived)) {
                    inbox.submitForcedTransaction(tx, t);
                    j.route = SequencerRun.ROUTE_L1_DOWN;
                    j.l1SubmittedAt = t;
                }
            }
            for (Journey j : outstanding) {
                if (j != null && j.includedAt == null && j.l1SubmittedAt == null
                        && !t.minus(j.submittedAt).isBefore(s.patience())) {
                    inbox.submitForcedTransaction(j.tx, t);
                    j.route = SequencerRun.ROUTE_L1_AFTER_WAITING;
                    j.l1SubmittedAt = t;
                }
            }
            // the keeper
            long read = inbox.totalDelayedMessagesRead();
            if (read < inbox.delayedMessageCount()
                    && !t.isBefore(inbox.forceableAt(inbox.delayedMessage(read)))
                    && inbox.forceInclusion(t).isValid()) {
                hourly.l1Entry(t);
                RollupChain safe = seq.safe();
                for (long i = read; i < inbox.totalDelayedMessagesRead(); i++) {
                    if (inbox.delayedMessage(i) instanceof DelayedMessage.ForcedTx f) {
                        Journey j = byTx.get(f.tx());
                        if (j != null && j.onL1At == null && safe.nonce(f.tx().from()) > f.tx().nonce()) {
                            j.onL1At = t;
                            if (j.includedAt == null) {
                                j.includedAt = t;
                            }
                            j.status = j.softAt == null ? SequencerRun.STATUS_FORCED : SequencerRun.STATUS_ON_L1;
                            softOnly.remove(j);
                            if (outstanding[j.user] == j) {
                                outstanding[j.user] = null;
                            }
                        }
                    }
                }
            }
            // the sequencer
            if (seq.hasWork(t)) {
                seq.produceBlock(t);
                hourly.block(t);
                for (RollupBlockResult.Included inc : seq.lastBlock().orElseThrow().included()) {
                    Journey j = byTx.get(inc.tx());
                    if (j != null && j.includedAt == null) {
                        j.includedAt = t;
                        j.softAt = t;
                        softOnly.add(j);
                        hourly.softConfirmation(t);
                        if (outstanding[j.user] == j) {
                            outstanding[j.user] = null;
                        }
                    }
                }
            }
            if (seq.isUp()) {
                if (!t.minus(lastPost).isBefore(s.batchInterval())) {
                    lastPost = t;
                    if (seq.unpostedBlocks() > 0 && seq.postBatch(t).isValid()) {
                        hourly.l1Entry(t);
                        for (Journey j : softOnly) {
                            j.onL1At = t;
                            j.status = SequencerRun.STATUS_ON_L1;
                        }
                        softOnly.clear();
                    }
                }
            }
            // transactions the chain dropped (a nonce made stale by a lost soft confirmation)
            if (!t.minus(lastSweep).isBefore(SWEEP)) {
                lastSweep = t;
                RollupChain view = seq.isUp() ? seq.head() : seq.safe();
                for (int u = 0; u < users.length; u++) {
                    Journey j = outstanding[u];
                    if (j != null && j.includedAt == null && view.nonce(users[u]) > j.tx.nonce()) {
                        j.status = SequencerRun.STATUS_DROPPED;
                        outstanding[u] = null;
                    }
                }
            }
        }
        return new SequencerRun(s, journeys, censored, hourly, inbox, seq);
    }
}
